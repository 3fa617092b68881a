package com.wedsync.guardian.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wedsync.guardian.scaling.ScalingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Spring's guardian.* properties, as Boot binds them, read onto guardian.yaml's schema, and every problem named as its property. */
class GuardianPropertiesTest {

    private static StandardEnvironment environment(Map<String, Object> high, Map<String, Object> low) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("low", low));
        env.getPropertySources().addFirst(new MapPropertySource("high", high));
        return env;
    }

    /** An environment whose system environment is {@code variables} (and not the machine's), above {@code file}. */
    private static StandardEnvironment withVariables(Map<String, Object> variables, Map<String, Object> file) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        env.getPropertySources().addLast(new MapPropertySource("application.yaml", file));
        return env;
    }

    private static List<String> problems(StandardEnvironment env) {
        return catchThrowableOfType(GuardianStartupException.class, () -> GuardianProperties.read(env)).problems();
    }

    @Test
    void kebabCaseCamelCaseListsAndMapKeysAreReadAndTheHigherSourceWins() {
        GuardianProperties read = GuardianProperties.read(environment(Map.of(
                "guardian.health.saturation-critical", "0.9",
                "guardian.weddings.home-zones[0]", "Europe/London",
                "guardian.weddings.home-zones[1]", "Europe/Paris",
                "guardian.metrics.otlp.headers[Api-Key]", "k",
                "guardian.store.url", "${STORE_URL_UNSET_IN_TESTS:jdbc:h2:mem:x}",
                "guardian.scaling.mode", "enforce",
                "guardian.tick", "250ms"), Map.of(
                "guardian.health.saturationCritical", "0.5",
                "guardian.health.waiting-critical", 12)));

        assertThat(read.config().health().saturationCritical()).isEqualTo(0.9);
        assertThat(read.config().health().waitingCritical()).isEqualTo(12);
        assertThat(read.config().weddings().homeZones()).containsExactly(ZoneId.of("Europe/London"), ZoneId.of("Europe/Paris"));
        assertThat(read.config().metrics().otlp().headers()).containsEntry("Api-Key", "k");
        assertThat(read.config().store().url()).isEqualTo("jdbc:h2:mem:x");
        assertThat(read.config().tick()).isEqualTo(Duration.ofMillis(250));
        assertThat(read.config().scaling().defaults().mode()).isEqualTo(ScalingMode.ENFORCE);
    }

    @Test
    void environmentVariablesAreReadByTheirRelaxedNamesAboveTheFiles() {
        GuardianProperties read = GuardianProperties.read(withVariables(Map.of(
                "GUARDIAN_HEALTH_WINDOW", "45s",
                "GUARDIAN_HEALTH_SATURATIONCRITICAL", "0.95",
                "GUARDIAN_WEDDINGS_HOMEZONES_0", "Europe/Dublin",
                "GUARDIAN_EXCLUDE", "reportingDataSource, auditDataSource",
                "GUARDIAN_HOME", "/opt/guardian",
                "GUARDIAN_TEST_SECRET", "not-a-setting"), Map.of(
                "guardian.health.window", "30s",
                "guardian.health.saturation-critical", "0.5",
                "guardian.store", "jdbc:h2:mem:env")));

        assertThat(read.config().health().window()).isEqualTo(Duration.ofSeconds(45));
        assertThat(read.config().health().saturationCritical()).isEqualTo(0.95);
        assertThat(read.config().weddings().homeZones()).containsExactly(ZoneId.of("Europe/Dublin"));
        assertThat(read.excluded()).containsExactlyInAnyOrder("reportingDataSource", "auditDataSource");
    }

    @Test
    void aBadEnvironmentVariableIsNamedAsItsPropertyAndItsValueIsNeverQuoted() {
        List<String> problems = problems(withVariables(Map.of(
                "GUARDIAN_HEALTH_WINDOW", "twelve-parsecs",
                "GUARDIAN_HEALTH_MINSAMPLES", "0"), Map.of()));

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("guardian.health.window: ")
                        .contains("${GUARDIAN_HEALTH_WINDOW}"))
                .anySatisfy(p -> assertThat(p).startsWith("guardian.health.min-samples: "))
                .allSatisfy(p -> assertThat(p).doesNotContain("twelve-parsecs"));
    }

    @Test
    void aListComesWholeFromTheFirstSourceThatGivesAnyOfItAsBootBindsIt() {
        GuardianProperties read = GuardianProperties.read(environment(Map.of(
                "guardian.weddings.home-zones[0]", "Europe/Paris",
                "guardian.exclude", "a"), Map.of(
                "guardian.weddings.home-zones[0]", "Europe/London",
                "guardian.weddings.home-zones[1]", "Europe/Dublin",
                "guardian.exclude[0]", "b",
                "guardian.exclude[1]", "c")));

        assertThat(read.config().weddings().homeZones()).containsExactly(ZoneId.of("Europe/Paris"));
        assertThat(read.excluded()).containsExactly("a");
    }

    @Test
    void everyProblemIsNamedAsItsSpringPropertyAtOnce() {
        StandardEnvironment env = environment(Map.of(
                "guardian.health.saturation-critical", "2",
                "guardian.health.min-sampels", "3",
                "guardian.calendars[0].type", "ics",
                "guardian.alerts.channels[0].name", "team",
                "guardian.alerts.channels[0].type", "slack",
                "guardian.http.port", "9090",
                "guardian.metrics.statsd.enabled", "true",
                "guardian.pool-database.orders", "nowhere"), Map.of());

        assertThat(problems(env))
                .anySatisfy(p -> assertThat(p).startsWith("guardian.health.saturation-critical: "))
                .anySatisfy(p -> assertThat(p).startsWith("guardian.health.min-sampels: unknown key")
                        .contains("min-samples", "saturation-critical").doesNotContain("minSamples"))
                .anySatisfy(p -> assertThat(p).startsWith("guardian.calendars[0]"))
                .anySatisfy(p -> assertThat(p).isEqualTo("guardian.alerts.channels[0].webhook-url: is required"))
                .anySatisfy(p -> assertThat(p).startsWith("guardian.http: the starter serves no HTTP API"))
                .anySatisfy(p -> assertThat(p).startsWith("guardian.metrics.statsd.enabled: "))
                .allSatisfy(p -> assertThat(p).startsWith("guardian."));
    }

    @Test
    void aValueAndKeysBelowItContradictEachOtherAndTheOtherProblemsAreStillFound() {
        List<String> problems = problems(environment(Map.of("guardian.store.user", "sa",
                "guardian.health.window", "soon"), Map.of("guardian.store", "jdbc:h2:mem:x")));

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("guardian.store.user (").contains(
                        "is a key below guardian.store, which has a value of its own", "\"high\"", "\"low\""))
                .anySatisfy(p -> assertThat(p).startsWith("guardian.health.window: "));
    }

    @Test
    void aListIndexTooLargeIsAProblemNotAnAllocation() {
        assertThat(problems(environment(Map.of("guardian.weddings.home-zones[2000000000]", "Europe/London"), Map.of())))
                .singleElement().asString().startsWith("guardian.weddings.home-zones[2000000000] (")
                .endsWith("a list index above " + PropertyTree.MAX_INDEX);
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
    void aStarterForAnotherBootLineStopsStartUpNamingTheOneToUse() {
        assertThatThrownBy(() -> BootLine.require(9, "guardian-spring-boot9"))
                .isInstanceOfSatisfying(GuardianStartupException.class, e -> {
                    assertThat(e.getMessage()).contains("guardian-spring-boot9 is for Spring Boot 9.x", "3.5.");
                    assertThat(e.action()).contains("guardian-spring-boot3");
                });
    }
}
