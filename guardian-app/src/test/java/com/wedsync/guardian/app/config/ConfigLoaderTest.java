package com.wedsync.guardian.app.config;

import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader(Map.of("PG_PASSWORD", "s3cret-pw", "TOKEN", "adm1n")::get);

    @Test
    void readsAValidConfigWithEnvironmentVariables() {
        GuardianConfig config = loader.parse("""
                instance: eu-1
                tick: 2s
                http: {port: 9090, adminToken: "${TOKEN}"}
                store: jdbc:postgresql://127.0.0.1:5432/test
                databases:
                  - {name: main, url: "jdbc:postgresql://127.0.0.1:5432/test", user: postgres, password: "${PG_PASSWORD}"}
                pools:
                  - {name: orders, jmx: "service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi", poolName: HikariPool-1, database: main}
                """, "guardian.yaml");

        assertThat(config.instance()).isEqualTo("eu-1");
        assertThat(config.tick()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.http().port()).isEqualTo(9090);
        assertThat(config.http().adminToken().map(Secret::reveal)).contains("adm1n");
        assertThat(config.store().url()).startsWith("jdbc:postgresql:");
        assertThat(config.databases().get(0).password().map(Secret::reveal)).contains("s3cret-pw");
        assertThat(config.pools().get(0).database()).contains("main");
        assertThat(config.secrets()).extracting(Secret::reveal).contains("s3cret-pw", "adm1n");
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        ConfigProblems.InvalidConfigException e = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> loader.parse("""
                        tick: soon
                        colour: blue
                        http: {port: 99999}
                        databases:
                          - {name: main, url: "postgres://x", password: "${MISSING_DB_PASSWORD}"}
                        pools:
                          - {name: orders, jmx: "http://nope", database: other}
                          - {name: orders, jmx: "service:jmx:rmi:///jndi/rmi://h:1/jmxrmi", poolName: p}
                        """, "guardian.yaml"));

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "colour: unknown key (known keys: alerts, calendars, databases, fleet, freeze, health, http, instance, metrics, operator, pools, scaling, store, tick, weddings)",
                "tick: must be a duration like 90s, 15m, 2h, 1d or PT2H, but was 'soon'",
                "http.port: must be between 0 and 65535, but was 99999",
                "databases[0].url: must be a JDBC URL (jdbc:postgresql://HOST:PORT/DB)",
                "databases[0].password: environment variable MISSING_DB_PASSWORD is not set",
                "pools[0].jmx: must be a JMX service URL like service:jmx:rmi:///jndi/rmi://HOST:PORT/jmxrmi",
                "pools[0].poolName: is required",
                "pools[0].database: names no entry of databases: 'other'",
                "pools[1].name: duplicate pool name 'orders'");
        assertThat(e.getMessage()).startsWith("guardian.yaml: 9 problem(s)");
    }

    /** Issue 10, item 1: the weddings a source may hold in its window are configurable, at least 1. */
    @Test
    void calendarsTakeMaxWeddingsAndRefuseAZeroOne() {
        GuardianConfig config = loader.parse("""
                calendars:
                  - {name: google, url: "https://calendar.example/basic.ics", maxWeddings: 5000}
                  - {name: outlook, url: "https://calendar.example/other.ics"}
                """, "guardian.yaml");
        assertThat(config.calendars()).extracting(c -> c.maxWeddings()).containsExactly(5000, 100_000);

        assertThatThrownBy(() -> loader.parse("calendars: [{name: g, url: \"https://c.example/a.ics\", maxWeddings: 0}]",
                "guardian.yaml")).hasMessageContaining("calendars[0].maxWeddings: must be >= 1, but was 0");
    }

    @Test
    void reportsBrokenYamlWithItsLine() {
        assertThatThrownBy(() -> loader.parse("pools:\n  - {name: a\n", "bad.yaml"))
                .isInstanceOf(ConfigProblems.InvalidConfigException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("line 3");
    }

    @Test
    void moduleBuildersRejectBadValuesWithTheirOwnMessageAtTheValuesPath() {
        ConfigProblems.InvalidConfigException e = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> loader.parse("""
                        health: {saturationCritical: 1.5, window: 0s, shades: 3}
                        metrics:
                          statsd: {enabled: true, port: 0, flavor: carrier-pigeon}
                          otlp: {enabled: true, url: "ftp://collector", headers: {api-key: "${NEW_RELIC_LICENSE_KEY}"}}
                        """, "guardian.yaml"));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("health.saturationCritical: "))
                .anySatisfy(p -> assertThat(p).startsWith("health.window: "))
                .anySatisfy(p -> assertThat(p).startsWith("health.shades: unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("metrics.statsd.port: "))
                .anySatisfy(p -> assertThat(p).startsWith("metrics.statsd.flavor: "))
                .anySatisfy(p -> assertThat(p).startsWith("metrics.otlp.url: "))
                .contains("metrics.otlp.headers.api-key: environment variable NEW_RELIC_LICENSE_KEY is not set");
    }

    @Test
    void scalingReadsAPolicyForEveryPoolAndPerPoolDifferences() {
        GuardianConfig config = loader.parse("""
                databases:
                  - {name: main, url: "jdbc:postgresql://127.0.0.1:5432/test", user: postgres}
                pools:
                  - {name: orders, jmx: "service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi", poolName: HikariPool-1, database: main}
                scaling:
                  mode: enforce
                  scaleDownWindow: 10m
                  releaseInProtectedWindow: false
                  pools:
                    orders: {mode: recommend, floor: 5, ceiling: 40}
                """, "guardian.yaml");

        assertThat(config.scaling().defaults().mode().label()).isEqualTo("enforce");
        assertThat(config.scaling().defaults().scaleDownWindow()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.scaling().defaults().releaseInProtectedWindow()).isFalse();
        assertThat(config.scaling().pools().get("orders").ceiling()).isEqualTo(40);
        assertThat(config.scaling().pools().get("orders").releaseInProtectedWindow()).as("the default: true").isTrue();

        ConfigProblems.InvalidConfigException e = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> loader.parse("scaling: {releaseInProtectedWindow: sometimes}", "guardian.yaml"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("scaling.releaseInProtectedWindow: "));
    }

    @Test
    void theOutboxLeaseIsReadAndCheckedWithItsPath() {
        GuardianConfig config = loader.parse("alerts: {outbox: {lease: 90s}}", "guardian.yaml");
        assertThat(config.alerts().outboxLease()).isEqualTo(Duration.ofSeconds(90));
        assertThat(loader.parse("", "empty.yaml").alerts().outboxLease()).isEqualTo(Duration.ofMinutes(5));

        ConfigProblems.InvalidConfigException e = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> loader.parse("alerts: {outbox: {lease: 2h, owner: me}}", "guardian.yaml"));
        assertThat(e.problems()).contains("alerts.outbox.lease: must be between 1s and 1h, but was 2h")
                .anySatisfy(p -> assertThat(p).startsWith("alerts.outbox.owner: unknown key"));
    }

    @Test
    void anEmptyConfigUsesTheDefaults() {
        GuardianConfig config = loader.parse("", "empty.yaml");
        assertThat(config.tick()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.http().host()).isEqualTo("127.0.0.1");
        assertThat(config.http().port()).isEqualTo(8080);
        assertThat(config.http().adminToken()).isEmpty();
        assertThat(config.store().url()).isEqualTo("jdbc:h2:file:./data/guardian");
    }

    /** Issue 10, item 6: the longest override and emergency are configurable, 24 h and 12 h by default. */
    @Test
    void operatorLifetimesHaveDefaultsAndAreReadWithinBounds() {
        assertThat(loader.parse("", "empty.yaml").operator())
                .isEqualTo(new com.wedsync.guardian.app.runtime.OperatorLimits(java.time.Duration.ofHours(24),
                        java.time.Duration.ofHours(12)));
        assertThat(loader.parse("operator: {maxOverride: 4h, maxEmergency: PT90M}", "g.yaml").operator().maxEmergency())
                .isEqualTo(java.time.Duration.ofMinutes(90));
        assertThatThrownBy(() -> loader.parse("operator: {maxOverride: 999999h, maxEmergency: soon}", "g.yaml"))
                .isInstanceOfSatisfying(ConfigProblems.InvalidConfigException.class, e -> assertThat(e.problems())
                        .containsExactly("operator.maxOverride: must be between 1m and 30d, but was 999999h",
                                "operator.maxEmergency: must be a duration like 90s, 15m, 2h, 1d or PT2H, but was 'soon'"));
    }

    /** Issue 10, item 9: reads can be put behind a token of their own. */
    @Test
    void readsTheReadTokenFromTheEnvironmentAndKeepsItSecret() {
        GuardianConfig config = loader.parse("http: {host: 0.0.0.0, readToken: \"${TOKEN}\"}", "guardian.yaml");

        assertThat(config.http().readToken().map(Secret::reveal)).contains("adm1n");
        assertThat(config.http().adminToken()).isEmpty();
        assertThat(config.secrets()).extracting(Secret::reveal).contains("adm1n");
        assertThat(loader.parse("", "empty.yaml").http().readToken()).isEmpty();
    }
}
