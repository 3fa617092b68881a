package com.wedsync.guardian.spring.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.spring.GuardianEndpoint;
import com.wedsync.guardian.spring.GuardianProperties;
import com.wedsync.guardian.spring.GuardianRunner;
import com.wedsync.guardian.spring.GuardianStartupException;
import com.wedsync.guardian.spring.scenarios.guarded.GuardedApp;
import com.wedsync.guardian.spring.scenarios.minimal.MinimalApp;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * What a team sees when it adds the starter to a Boot service, on each Boot line (a subclass per line): a real
 * application on the machine's PostgreSQL, with Tomcat on a free port, the actuator behind Spring Security, and the
 * guardian's store in a schema of its own. One application serves the tests that need a running service; the start-up
 * tests start small ones of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
public abstract class StarterScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OP = GuardedApp.OPERATOR;
    private static final String PW = GuardedApp.PASSWORD;

    private ConfigurableApplicationContext app;
    private Http http;
    private String appSchema;
    private String storeSchema;
    private String appUrl;
    private final List<HikariDataSource> made = new ArrayList<>();

    /** The Boot line under test, in schema names: {@code boot3}, {@code boot4}. */
    protected abstract String line();

    @BeforeAll
    void startTheService() {
        appSchema = "starter_" + line() + "_app";
        storeSchema = "starter_" + line() + "_store";
        appUrl = Postgres.freshSchema(appSchema);
        String storeUrl = Postgres.freshSchema(storeSchema);
        app = new SpringApplicationBuilder(GuardedApp.class).properties(properties(appUrl, storeUrl)).run();
        http = new Http(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        awaitFirstTick(app);
    }

    /** The guardian starts on a thread of its own once the application has: its first tick. */
    static void awaitFirstTick(ConfigurableApplicationContext context) {
        try {
            assertThat(context.getBean(GuardianRunner.class).awaitFirstTick(PATIENCE)).as("the guardian's first tick").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @AfterAll
    void stopTheService() {
        if (app != null) {
            app.close();
        }
        made.forEach(HikariDataSource::close);
    }

    static Map<String, Object> properties(String appUrl, String storeUrl) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", "0");
        p.put("spring.datasource.url", appUrl);
        p.put("spring.datasource.hikari.maximum-pool-size", "4");
        p.put("spring.datasource.hikari.minimum-idle", "1");
        p.put("management.endpoints.web.exposure.include", "health,guardian,prometheus");
        p.put("management.endpoint.guardian.access", "unrestricted");
        p.put("management.endpoint.health.show-details", "always");
        p.put("management.endpoint.health.probes.enabled", "true");
        p.put("guardian.instance", "starter-test");
        p.put("guardian.tick", "100ms");
        p.put("guardian.store.url", storeUrl);
        p.put("guardian.store.user", "postgres");
        p.put("guardian.databases[0].name", "main");
        p.put("guardian.databases[0].url", Postgres.URL);
        p.put("guardian.databases[0].user", "postgres");
        p.put("guardian.health.window", "2s");
        p.put("guardian.health.min-samples", "3");
        p.put("guardian.alerts.channels[0].name", "ops-log");
        p.put("guardian.alerts.channels[0].type", "log");
        p.put("guardian.alerts.routes.receivers[0]", "ops-log");
        p.put("guardian.scaling.mode", "recommend");
        p.put("guardian.exclude", "excludedDataSource");
        return p;
    }

    @Test
    void everyPoolOfTheContextIsGuardedOnceAndTheExcludedOneIsLeftAlone() {
        assertThat(pools()).contains("dataSource", "reporting", "proxiedDataSource", "auditDataSource",
                "routingDataSource[eu]").doesNotContain("excluded", "excludedDataSource");

        HikariDataSource late = GuardedApp.pool(appUrl, "late", 2);
        made.add(late);
        ((GenericApplicationContext) app).registerBean("lateDataSource", DataSource.class, () -> late);
        app.getBean("lateDataSource");
        AbstractRoutingDataSource routing = app.getBean("routingDataSource", AbstractRoutingDataSource.class);
        HikariDataSource us = GuardedApp.pool(appUrl, null, 2);
        made.add(us);
        routing.setTargetDataSources(Map.of("eu", routing.getResolvedDataSources().get("eu"), "us", us));
        routing.afterPropertiesSet();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(pools()).contains("late", "routingDataSource[us]"));
        assertThat(pools()).doesNotHaveDuplicates();
    }

    @Test
    void hikaricpAndTheGuardiansMetersAreBothInTheApplicationsPrometheusScrape() {
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/borrow", OP, PW).statusCode()).isEqualTo(200);
        }
        await().atMost(PATIENCE).untilAsserted(() -> {
            String scrape = http.get("/actuator/prometheus", OP, PW).body();
            assertThat(scrape).contains("db_client_connection_max{", "db_client_connection_pool_name=\"dataSource\"",
                    "db_client_connection_wait_time_seconds{", "guardian_pool_health{", "hikaricp_connections_max{");
            // Boot's own tracker still counts every borrow with the guardian's chained after it
            assertThat(sum(scrape, "hikaricp_connections_acquire_seconds_count")).isGreaterThanOrEqualTo(5);
            assertThat(scrape).doesNotContain("db_client_connection_max_connections");
        });
    }

    @Test
    void aSaturatedPoolIsJudgedCriticalWithReasonsAndStaysOutOfTheProbes() throws Exception {
        DataSource reporting = app.getBean("reportingDataSource", DataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            held.add(reporting.getConnection());
            held.add(reporting.getConnection());
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode pool = json(http.get("/actuator/guardian/pools/reporting", OP, PW));
                assertThat(pool.at("/health/status").asText()).isEqualTo("CRITICAL");
                assertThat(pool.at("/health/reasons").findValuesAsText("condition")).contains("saturation");
            });
            JsonNode all = json(http.get("/actuator/guardian", OP, PW));
            assertThat(all.has("pools") && all.has("context") && all.has("scaling") && all.has("alerts")).isTrue();
            HttpResponse<String> health = http.get("/actuator/health/guardian/reporting", null, null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json(health).at("/details/guardian").asText()).isEqualTo("CRITICAL");
            assertThat(json(health).at("/details/reasons").toString()).contains("used");
            for (String probe : List.of("liveness", "readiness")) {
                HttpResponse<String> r = http.get("/actuator/health/" + probe, null, null);
                assertThat(r.statusCode()).as(probe).isEqualTo(200);
                assertThat(r.body()).as(probe).doesNotContain("guardian");
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    @Test
    void anOverrideThroughTheEndpointIsAuditedWithTheAuthenticatedUserAsActor() {
        String body = "{\"reason\": \"ceremony rush is over\", \"ttl\": \"1h\", \"pool\": \"dataSource\","
                + " \"action\": \"shrink\", \"actor\": \"mallory\"}";
        assertThat(http.post("/actuator/guardian/overrides", body, null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> granted = http.post("/actuator/guardian/overrides", body, OP, PW);

        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(json(granted).at("/actor").asText()).isEqualTo(OP);
        assertThat(Postgres.auditActors(storeSchema)).contains(OP).doesNotContain("mallory");
        HttpResponse<String> incomplete = http.post("/actuator/guardian/overrides", "{\"ttl\": \"1h\"}", OP, PW);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("reason is required", "pool is required");
    }

    @Test
    void theApplicationsOwnDatabaseIsLeftAlone() {
        assertThat(Postgres.tables(appSchema)).isEmpty();
        assertThat(Postgres.tables(storeSchema)).contains("scaling_audit", "guardian_outbox");
    }

    @Test
    void aBadPropertyFailsStartUpNamingEveryProblem(CapturedOutput output) {
        String url = Postgres.freshSchema("starter_" + line() + "_bad");
        assertThatThrownBy(() -> minimal(url, "guardian.health.saturation-critical=1.5", "guardian.health.windw=30s",
                "guardian.scaling.mode=sometimes"))
                .satisfies(e -> assertThat(startupProblem(e).problems()).anySatisfy(p ->
                        assertThat(p).startsWith("guardian.health.saturation-critical:")).anySatisfy(p ->
                        assertThat(p).startsWith("guardian.health.windw:").contains("saturation-critical"))
                        .anySatisfy(p -> assertThat(p).startsWith("guardian.scaling.mode:")));
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START",
                "guardian.health.saturation-critical", "guardian.scaling.mode", "guardian.enabled=false");
    }

    @Test
    void environmentVariablesAreBoundByTheirRelaxedNamesAndABadOneIsNamedWithoutItsValue(CapturedOutput output) {
        String url = Postgres.freshSchema("starter_" + line() + "_env");
        StandardEnvironment good = variables(Map.of("GUARDIAN_HEALTH_WINDOW", "45s", "GUARDIAN_HOME", "/opt/guardian"));
        try (ConfigurableApplicationContext context = minimal(good, url)) {
            assertThat(context.getBean(GuardianProperties.class).config().health().window()).isEqualTo(Duration.ofSeconds(45));
        }
        StandardEnvironment bad = variables(Map.of("GUARDIAN_HEALTH_SATURATIONCRITICAL", "1.5",
                "GUARDIAN_HEALTH_WINDOW", "a-fortnight-or-so"));
        assertThatThrownBy(() -> minimal(bad, url)).satisfies(e -> assertThat(startupProblem(e).problems())
                .anySatisfy(p -> assertThat(p).startsWith("guardian.health.saturation-critical: "))
                .anySatisfy(p -> assertThat(p).startsWith("guardian.health.window: ").contains("${GUARDIAN_HEALTH_WINDOW}")));
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START", "guardian.health.window")
                .doesNotContain("a-fortnight-or-so");
    }

    /** An environment whose variables are {@code variables}, as Boot's own environment post-processing sees them. */
    private static StandardEnvironment variables(Map<String, Object> variables) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return env;
    }

    @Test
    void withGuardianEnabledFalseTheStarterIsInert() {
        String url = Postgres.freshSchema("starter_" + line() + "_off");
        try (ConfigurableApplicationContext off = minimal(url, "guardian.enabled=false", "guardian.health.window=nonsense")) {
            assertThat(off.getBeansOfType(GuardianRunner.class)).isEmpty();
            assertThat(off.getBeansOfType(GuardianEndpoint.class)).isEmpty();
            HikariDataSource ds = off.getBean(HikariDataSource.class);
            // Boot's own tracker, nothing of the guardian's
            assertThat(ds.getMetricsTrackerFactory()).isNotNull();
            assertThat(ds.getMetricsTrackerFactory().getClass().getName()).doesNotContain("wedsync");
        }
    }

    private ConfigurableApplicationContext minimal(String url, String... properties) {
        return minimal(new StandardEnvironment(), url, properties);
    }

    private ConfigurableApplicationContext minimal(StandardEnvironment environment, String url, String... properties) {
        List<String> p = new ArrayList<>(List.of(properties));
        p.add("spring.datasource.url=" + url);
        p.add("guardian.store.url=jdbc:h2:mem:" + line() + "-minimal;DB_CLOSE_DELAY=-1");
        return new SpringApplicationBuilder(MinimalApp.class).web(WebApplicationType.NONE).environment(environment)
                .properties(p.toArray(String[]::new)).run();
    }

    private static GuardianStartupException startupProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GuardianStartupException g) {
                return g;
            }
        }
        throw new AssertionError("start-up failed for another reason", e);
    }

    private List<String> pools() {
        JsonNode list = json(http.get("/actuator/guardian/pools", OP, PW));
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("name").asText()).toList();
    }

    private static double sum(String scrape, String metric) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{[^}]*\\} ([0-9.eE+-]+)$").matcher(scrape);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static JsonNode json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isLessThan(500 + (r.uri().getPath().contains("/health/") ? 4 : 0));
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }
}
