package com.wedsync.guardian.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 10: the config reader, fuzzed. Whatever the YAML, it answers a config or the documented
 * {@link ConfigProblems.InvalidConfigException} (every problem, each with its path), never another exception,
 * and within a bound. Inputs that once failed are kept as named cases in {@link ConfigRegressionTest}.
 */
class ConfigFuzzTest {

    /** Each section and the keys it knows; a generated document mixes these with unknown keys. */
    private static final Map<String, List<String>> SECTIONS = Map.ofEntries(
            Map.entry("http", List.of("host", "port", "adminToken")),
            Map.entry("store", List.of("url", "user", "password")),
            Map.entry("health", List.of("window", "minSamples", "degradedShare", "saturationCritical", "waitP99Critical",
                    "leakThreshold", "headroomDegraded")),
            Map.entry("weddings", List.of("homeZones", "protectedHours")),
            Map.entry("scaling", List.of("mode", "floor", "ceiling", "maxStep", "scaleDownWindow", "cooldown",
                    "targetUtilisation", "databaseCores", "releaseInProtectedWindow", "pools")),
            Map.entry("metrics", List.of("prometheus", "statsd", "otlp")),
            Map.entry("operator", List.of("maxOverride", "maxEmergency")),
            Map.entry("alerts", List.of("dashboardUrl", "channels", "routes", "escalation", "inhibit", "rateLimits",
                    "limits", "outbox")));
    /** List sections and the keys of their entries. */
    private static final Map<String, List<String>> LISTS = Map.of(
            "databases", List.of("name", "url", "user", "password", "refresh"),
            "pools", List.of("name", "jmx", "poolName", "database", "user"),
            "calendars", List.of("name", "type", "url", "path", "pollInterval", "staleAfter", "defaultZone", "titleFilter",
                    "hemisphere", "maxBytes", "lookAhead"));
    private static final List<String> NESTED = List.of("name", "type", "enabled", "url", "receivers", "match", "routes",
            "levels", "after", "channels", "webhookUrl", "routingKey", "permits", "per", "burst", "keepFiringFor", "lease",
            "source", "target", "equal", "groupWait", "from", "to", "apiKey");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final ConfigLoader loader = new ConfigLoader(Map.of("GUARDIAN_FUZZ_SECRET", "tok-FUZZ")::get);

    @Property(tries = 300)
    void anyDocumentIsAConfigOrItsProblems(@ForAll("documents") Map<String, Object> document) throws Exception {
        readsWithinABound(YAML.writeValueAsString(document));
    }

    @Property(tries = 300)
    void anyTextIsAConfigOrItsProblems(@ForAll("texts") String text) throws Exception {
        readsWithinABound(text);
    }

    /** Shared with the regression cases: a config or InvalidConfigException, in at most 10 s, no secret in it. */
    static void readsWithinABound(String yaml) throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of("GUARDIAN_FUZZ_SECRET", "tok-FUZZ")::get);
        CompletableFuture<Object> read = CompletableFuture.supplyAsync(() -> {
            try {
                return loader.parse(yaml, "fuzz.yaml");
            } catch (ConfigProblems.InvalidConfigException e) {
                return e;
            }
        });
        try {
            Object outcome = read.get(10, TimeUnit.SECONDS);
            if (outcome instanceof ConfigProblems.InvalidConfigException e) {
                assertThat(e.problems()).isNotEmpty();
                assertThat(e.getMessage()).doesNotContain("tok-FUZZ");
            }
        } catch (ExecutionException e) {
            throw new AssertionError("reading this config threw " + e.getCause() + ":\n" + yaml, e.getCause());
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> documents() {
        Arbitrary<Map.Entry<String, Object>> section = Arbitraries.oneOf(
                Arbitraries.of(SECTIONS.keySet().toArray(String[]::new)).flatMap(name ->
                        mapping(SECTIONS.get(name), 2).map(m -> Map.entry(name, (Object) m))),
                Arbitraries.of(LISTS.keySet().toArray(String[]::new)).flatMap(name ->
                        mapping(LISTS.get(name), 1).list().ofMaxSize(3).map(l -> Map.entry(name, (Object) l))),
                Arbitraries.of("tick", "instance", "store", "unknown").flatMap(name -> value(0).map(v -> Map.entry(name, v))));
        return section.list().ofMaxSize(6).map(entries -> {
            Map<String, Object> m = new LinkedHashMap<>();
            entries.forEach(e -> m.put(e.getKey(), e.getValue()));
            return m;
        });
    }

    private Arbitrary<Map<String, Object>> mapping(List<String> keys, int depth) {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(keys.toArray(String[]::new))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(NESTED.toArray(String[]::new))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6)));
        return Arbitraries.maps(key, value(depth)).ofMaxSize(6).map(LinkedHashMap::new);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.of("", "0", "-1", "1", "5", "2147483648", "99999999999999999999", "1.5", "NaN", "1e308",
                        "true", "maybe", "5m", "999999h", "PT2H", "-PT1S", "${GUARDIAN_FUZZ_SECRET}", "${UNSET_FUZZ_VAR}",
                        "${", "https://example.org/x", "http://", "ftp://x/tok", "file:///dev/zero", "jdbc:h2:mem:x",
                        "jdbc:postgresql://127.0.0.1:1/x", "Europe/London", "Mars/Olympus", "pool=orders",
                        "pool=~((a*)*)b", "[unclosed", "08:00-22:00", "25:00-01:00", "slack", "pagerduty", "log",
                        "webhook", "twilio", "resend", "alertmanager", "ics", "csv", "jdbc", "enforce", "southern",
                        "service:jmx:rmi:///jndi/rmi://127.0.0.1:1/jmxrmi", "*"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false));
        if (depth <= 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalar),
                net.jqwik.api.Tuple.of(2, value(depth - 1).list().ofMaxSize(3).map(l -> (Object) l)),
                net.jqwik.api.Tuple.of(2, mapping(NESTED, depth - 1).map(m -> (Object) m)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]:,-&*!|>'\"#%@` \n\tabc12").ofMaxLength(200));
    }
}
