package com.wedsync.guardian.app.config;

import com.wedsync.guardian.freeze.FreezePolicy;
import com.wedsync.guardian.freeze.FreezeWindow;
import com.wedsync.guardian.wedding.Criticality;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FreezeSectionTest {

    private final ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get);

    @Test
    void readsEnvironmentsThresholdExemptionsAndWindows() {
        FreezePolicy p = loader.parse("""
                freeze:
                  environments: [production, eu-production]
                  threshold: critical
                  allowUngated: false
                  exemptServices: [status-page]
                  lookahead: 30d
                  windows:
                    - {kind: deny, schedule: "0 9 * * 1-5", duration: 2h, timeZone: America/New_York}
                    - {kind: allow, schedule: "0 6 * * *", duration: 12h}
                """, "guardian.yaml").freeze().policy();

        assertThat(p.gatedEnvironments()).containsExactlyInAnyOrder("production", "eu-production");
        assertThat(p.threshold()).isEqualTo(Criticality.CRITICAL);
        assertThat(p.ungatedAllowed()).isFalse();
        assertThat(p.exemptServices()).containsExactly("status-page");
        assertThat(p.lookahead()).isEqualTo(Duration.ofDays(30));
        assertThat(p.windows()).extracting(FreezeWindow::kind).containsExactly(FreezeWindow.Kind.DENY, FreezeWindow.Kind.ALLOW);
        assertThat(p.windows().get(0).zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(p.windows().get(1).zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void absentSectionGatesProductionAtHighAndAllowsUngated() {
        FreezePolicy p = loader.parse("instance: eu-1\n", "guardian.yaml").freeze().policy();

        assertThat(p.gatedEnvironments()).containsExactly("production");
        assertThat(p.threshold()).isEqualTo(Criticality.HIGH);
        assertThat(p.ungatedAllowed()).isTrue();
    }

    @Test
    void reportsEveryBadValueAtItsPath() {
        ConfigProblems.InvalidConfigException e = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> loader.parse("""
                        freeze:
                          threshold: severe
                          lookahead: 90d
                          colour: red
                          windows:
                            - {kind: maybe, schedule: "0 25 * * *", duration: 2h, timeZone: Mars/Olympus}
                            - {schedule: "0 8 * * 6", duration: 30d}
                        """, "guardian.yaml"));

        assertThat(e.problems()).contains(
                "freeze.threshold: must be one of routine, elevated, high, critical, emergency, but was 'severe'",
                "freeze.lookahead: must be between 1d and 60d, but was 90d",
                "freeze.windows[0].kind: must be allow or deny, but was 'maybe'",
                "freeze.windows[0].timeZone: must be an IANA zone such as Europe/London, but was 'Mars/Olympus'",
                "freeze.windows[1].kind: is required (allow or deny)");
        assertThat(e.problems()).anyMatch(p -> p.startsWith("freeze.colour: unknown key"))
                .anyMatch(p -> p.startsWith("freeze.windows[0].schedule: hour must be 0–23") && p.contains("25"))
                .anyMatch(p -> p.startsWith("freeze.windows[1].duration:"));
    }

    @Test
    void githubNeedsItsSecretsAndAnRsaKeyAndNeverPrintsThem() {
        ConfigLoader withEnv = new ConfigLoader(Map.of("GH_WEBHOOK_SECRET", "whsec-123", "GH_APP_KEY", "not a pem")::get);

        ConfigProblems.InvalidConfigException e = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> withEnv.parse("""
                        freeze:
                          github: {webhookSecret: "${GH_WEBHOOK_SECRET}", appId: "123", privateKey: "${GH_APP_KEY}", maxHold: 40d}
                        """, "guardian.yaml"));
        ConfigProblems.InvalidConfigException missing = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> withEnv.parse("freeze: {github: {appId: \"123\"}}\n", "guardian.yaml"));

        assertThat(e.problems()).anyMatch(p -> p.startsWith("freeze.github.privateKey: privateKey must be the GitHub App's PEM"))
                .anyMatch(p -> p.startsWith("freeze.github.maxHold:"));
        assertThat(String.join("\n", e.problems())).doesNotContain("whsec-123", "not a pem");
        assertThat(missing.problems()).contains("freeze.github.webhookSecret: is required", "freeze.github.privateKey: is required");
    }
}
