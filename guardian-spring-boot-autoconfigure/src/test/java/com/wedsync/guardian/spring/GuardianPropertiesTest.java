package com.wedsync.guardian.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wedsync.guardian.scaling.ScalingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Spring's guardian.* properties read onto guardian.yaml's schema, and every problem named as the property it is. */
class GuardianPropertiesTest {

    private static StandardEnvironment environment(Map<String, Object> high, Map<String, Object> low) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("low", low));
        env.getPropertySources().addFirst(new MapPropertySource("high", high));
        return env;
    }

    @Test
    void kebabCaseListsAndMapKeysBecomeGuardianYamlAndTheHigherSourceWins() {
        StandardEnvironment env = environment(Map.of(
                "guardian.health.saturation-critical", "0.9",
                "guardian.weddings.home-zones[0]", "Europe/London",
                "guardian.weddings.home-zones[1]", "Europe/Paris",
                "guardian.metrics.otlp.headers[api-key]", "k",
                "guardian.tick", "250ms"), Map.of(
                "guardian.health.saturation-critical", "0.5",
                "guardian.health.waiting-critical", "12"));

        Map<String, Object> tree = GuardianProperties.tree(env);

        assertThat(tree).containsEntry("tick", "250ms");
        assertThat(GuardianProperties.scalar("${STORE_URL:jdbc:h2:mem:x}")).isEqualTo("${STORE_URL:-jdbc:h2:mem:x}");
        assertThat(GuardianProperties.scalar("${STORE_URL:-jdbc:h2:mem:x}")).isEqualTo("${STORE_URL:-jdbc:h2:mem:x}");
        assertThat(tree.get("health")).isEqualTo(Map.of("saturationCritical", 0.9, "waitingCritical", 12L));
        assertThat(tree.get("weddings")).isEqualTo(Map.of("homeZones", List.of("Europe/London", "Europe/Paris")));
        assertThat(tree.get("metrics")).isEqualTo(Map.of("otlp", Map.of("headers", Map.of("api-key", "k"))));
        GuardianProperties read = GuardianProperties.read(environment(Map.of(
                "guardian.health.saturation-critical", "0.9", "guardian.tick", "250ms",
                "guardian.scaling.mode", "enforce", "guardian.store.url", "jdbc:h2:mem:x"), Map.of()));
        assertThat(read.config().health().saturationCritical()).isEqualTo(0.9);
        assertThat(read.config().tick()).isEqualTo(Duration.ofMillis(250));
        assertThat(read.config().scaling().defaults().mode()).isEqualTo(ScalingMode.ENFORCE);
    }

    @Test
    void everyProblemIsNamedAsItsSpringPropertyAtOnce() {
        StandardEnvironment env = environment(Map.of(
                "guardian.health.saturation-critical", "2",
                "guardian.health.min-sampels", "3",
                "guardian.calendars[0].type", "ics",
                "guardian.http.port", "9090",
                "guardian.metrics.statsd.enabled", "true",
                "guardian.pool-database.orders", "nowhere"), Map.of());

        assertThatThrownBy(() -> GuardianProperties.read(env)).isInstanceOfSatisfying(GuardianStartupException.class,
                e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("guardian.health.saturation-critical: "))
                        .anySatisfy(p -> assertThat(p).startsWith("guardian.health.min-sampels: unknown key")
                                .contains("min-samples"))
                        .anySatisfy(p -> assertThat(p).startsWith("guardian.calendars[0]"))
                        .anySatisfy(p -> assertThat(p).startsWith("guardian.http: the starter serves no HTTP API"))
                        .anySatisfy(p -> assertThat(p).startsWith("guardian.metrics.statsd.enabled: "))
                        .allSatisfy(p -> assertThat(p).startsWith("guardian.")));
    }

    @Test
    void aValueAndKeysBelowItContradictEachOther() {
        StandardEnvironment env = environment(Map.of("guardian.store", "jdbc:h2:mem:x", "guardian.store.user", "sa"), Map.of());
        assertThatThrownBy(() -> GuardianProperties.read(env)).isInstanceOfSatisfying(GuardianStartupException.class,
                e -> assertThat(e.problems()).singleElement().asString().contains("guardian.store"));
    }

    @Test
    void aSecretFromAnEnvironmentVariableIsNeverInAMessage() {
        StandardEnvironment env = environment(Map.of(
                "GUARDIAN_TEST_HOOK", "ftp://hooks.example/tok-SECRET-999",
                "guardian.alerts.channels[0].name", "hook",
                "guardian.alerts.channels[0].type", "webhook",
                "guardian.alerts.channels[0].url", "${GUARDIAN_TEST_HOOK}"), Map.of());
        assertThatThrownBy(() -> GuardianProperties.read(env)).isInstanceOfSatisfying(GuardianStartupException.class,
                e -> assertThat(e.getMessage()).contains("guardian.alerts.channels[0].url").doesNotContain("tok-SECRET-999"));
    }

    @Test
    void aGuardianYamlMayStandInForTheProperties(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("guardian.yaml");
        Files.writeString(yaml, "tick: 2s\nstore: jdbc:h2:mem:y\nhealth: {saturationCritical: 0.85}\n");
        GuardianProperties read = GuardianProperties.read(environment(Map.of("guardian.config-location", yaml.toString(),
                "guardian.exclude", "a, b"), Map.of()));
        assertThat(read.config().tick()).isEqualTo(Duration.ofSeconds(2));
        assertThat(read.config().health().saturationCritical()).isEqualTo(0.85);
        assertThat(read.excluded()).containsExactlyInAnyOrder("a", "b");

        assertThatThrownBy(() -> GuardianProperties.read(environment(Map.of("guardian.config-location", yaml.toString(),
                "guardian.tick", "1s"), Map.of()))).isInstanceOfSatisfying(GuardianStartupException.class,
                e -> assertThat(e.problems()).singleElement().asString().startsWith("guardian.config-location: set either"));
    }

    @Test
    void problemPathsAndKnownKeysReadAsSpringNames() {
        assertThat(PropertyNames.springProblem("calendars[0].pollInterval: must be at least 1m"))
                .isEqualTo("guardian.calendars[0].poll-interval: must be at least 1m");
        assertThat(PropertyNames.springProblem("health.nope: unknown key (known keys: minSamples, window)"))
                .isEqualTo("guardian.health.nope: unknown key (known keys: min-samples, window)");
        assertThat(PropertyNames.springProblem("something is wrong")).isEqualTo("guardian: something is wrong");
        assertThat(PropertyNames.camel("wait-p99-critical")).isEqualTo("waitP99Critical");
        assertThat(PropertyNames.kebab("waitP99Critical")).isEqualTo("wait-p99-critical");
    }

    @Test
    void aStarterForAnotherBootLineStopsStartUpNamingTheOneToUse() {
        assertThatThrownBy(() -> BootLine.require(9, "guardian-spring-boot9"))
                .isInstanceOfSatisfying(GuardianStartupException.class, e -> {
                    assertThat(e.getMessage()).contains("guardian-spring-boot9 is for Spring Boot 9.x", "3.5.");
                    assertThat(e.action()).contains("guardian-spring-boot3");
                });
    }
}
