package com.wedsync.guardian.config;

import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, item 1: one problem-collecting reader for every input, driven by the declarations. */
class ConfigReaderTest {

    private static final Setting<Duration> TICK = Setting.duration("tick", Duration.ofMillis(100), Duration.ofMinutes(1),
            Duration.ofSeconds(1), "how often pools are observed");
    private static final Setting<Integer> PORT = Setting.intIn("port", 0, 65_535, 8080, "the port");
    private static final Setting<Secret> TOKEN = Setting.secret("adminToken", "the admin token");
    private static final Setting<Duration> WAIT = Setting.duration("waitP99Degraded", Duration.ofMillis(1),
            Duration.ofMinutes(10), Duration.ofMillis(100), "wait p99");
    private static final Section HTTP = Section.of("http", "the API", PORT, TOKEN);
    private static final Section HEALTH = Section.of("health", "thresholds", WAIT);
    private static final Setting<String> NAME = Setting.string("name", null, "the name").required();
    private static final Setting<String> TYPE = Setting.oneOf("type", List.of("slack", "log"), null, "the kind").required();
    private static final Setting<String> WEBHOOK = Setting.url("webhookUrl", null, "the hook", "http", "https").required();
    private static final Entries CHANNELS = Entries.byKey("channels", "channels", Section.of("", "a channel", NAME, TYPE),
            "type", Map.of("slack", Section.of("slack", "slack", WEBHOOK), "log", Section.of("log", "log")));
    private static final Setting<Integer> FLOOR = Setting.atLeast("floor", 1, 2, "floor");
    private static final Named POOLS = new Named("pools", "per pool", Section.of("", "a pool", FLOOR));
    private static final Setting<String> URL = Setting.string("url", "jdbc:h2:mem:x", "the store's URL");
    private static final Section STORE = Section.of("store", "the store", URL).withShorthand(URL);
    private static final Section ROOT = Section.of("", "the config", TICK, HTTP, HEALTH, CHANNELS, POOLS, STORE);

    private final Problems problems = new Problems();

    private ConfigReader read(Map<String, Object> tree) {
        return ConfigReader.of(tree, ROOT, problems, Substitution.NONE);
    }

    @Test
    void readsEachSettingByItsDeclarationAndGivesTheDefaultWhenAbsent() {
        ConfigReader root = read(Map.of("tick", "2s", "http", Map.of("port", 9090)));

        assertThat(root.get(TICK)).isEqualTo(Duration.ofSeconds(2));
        assertThat(root.section(HTTP).get(PORT)).isEqualTo(9090);
        assertThat(root.section(HEALTH).get(WAIT)).isEqualTo(Duration.ofMillis(100));
        assertThat(root.section(HTTP).find(TOKEN)).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void collectsUnknownKeysAndOutOfRangeValuesEachWithItsPath() {
        ConfigReader root = read(Map.of("tick", "10ms", "colour", "blue", "http", Map.of("port", 99999, "hots", "x")));
        root.get(TICK);
        root.section(HTTP).get(PORT);

        assertThat(problems.lines()).containsExactlyInAnyOrder(
                "colour: unknown key (known keys: channels, health, http, pools, store, tick)",
                "tick: must be between 100ms and 1m, but was 10ms",
                "http.hots: unknown key (known keys: adminToken, port)",
                "http.port: must be between 0 and 65535, but was 99999");
        assertThat(problems.all()).filteredOn(p -> p.kind() == Problem.Kind.UNKNOWN_KEY).extracting(Problem::key)
                .containsExactlyInAnyOrder("colour", "hots");
    }

    @Test
    void entriesKnowTheKeysOfTheirVariantAndNameTheirIndex() {
        ConfigReader root = read(Map.of("channels", List.of(
                Map.of("name", "ops", "type", "slack", "webhookUrl", "ftp://hooks.example/T1/secret-part"),
                Map.of("name", "console", "type", "log", "webhookUrl", "https://x.example/"),
                Map.of("name", "pager", "type", "pagerdutyy", "routingKey", "k"))));
        List<ConfigReader> entries = root.entries(CHANNELS);
        entries.forEach(e -> {
            e.get(NAME);
            if (e.variant().equals("slack")) {
                e.get(WEBHOOK);
            }
        });

        assertThat(entries).extracting(ConfigReader::variant).containsExactly("slack", "log", "");
        assertThat(problems.lines()).containsExactlyInAnyOrder(
                "channels[0].webhookUrl: must be an http or https URL",
                "channels[1].webhookUrl: unknown key (known keys: name, type)",
                "channels[2].type: must be slack or log, but was 'pagerdutyy'");
        assertThat(String.join("\n", problems.lines())).doesNotContain("secret-part");
    }

    @Test
    void namedSectionsAndTheShorthandOfASectionAreReadWithTheirPaths() {
        ConfigReader root = read(Map.of("pools", Map.of("orders", Map.of("floor", 0), "billing", Map.of("floor", 3)),
                "store", "jdbc:postgresql://db/x"));
        Map<String, ConfigReader> pools = root.named(POOLS);

        assertThat(pools.get("billing").get(FLOOR)).isEqualTo(3);
        assertThat(pools.get("orders").get(FLOOR)).as("the default, after the problem").isEqualTo(2);
        assertThat(root.section(STORE).get(URL)).isEqualTo("jdbc:postgresql://db/x");
        assertThat(root.section(STORE).pathOf("url")).isEqualTo("store");
        assertThat(problems.lines()).containsExactly("pools.orders.floor: must be >= 1, but was 0");
    }

    @Test
    void anUnsetVariableIsOneProblemAtItsPathAndTheValueItLeavesEmptyIsNotAnother() {
        EnvironmentVariables env = new EnvironmentVariables(Map.of("SET", "tok-AAA111")::get);
        ConfigReader root = ConfigReader.of(Map.of("channels", List.of(
                Map.of("name", "ops", "type", "slack", "webhookUrl", "${UNSET_HOOK}"))), ROOT, problems, env);
        root.entries(CHANNELS).forEach(e -> e.get(WEBHOOK));

        assertThat(problems.lines()).containsExactly("channels[0].webhookUrl: environment variable UNSET_HOOK is not set");
    }

    @Test
    void aSpringBinderMayFeedKebabCaseKeysAndProblemsNameThemAsGiven() {
        Problems relaxed = new Problems();
        ConfigReader root = ConfigReader.relaxed(Map.of("health", Map.of("wait-p99-degraded", "20m")), ROOT, relaxed,
                Substitution.NONE);

        assertThat(root.section(HEALTH).get(WAIT)).isEqualTo(Duration.ofMillis(100));
        assertThat(relaxed.lines()).containsExactly("health.wait-p99-degraded: must be between 1ms and 10m, but was 20m");
        assertThat(HEALTH.keyForKebab("wait-p99-degraded")).contains("waitP99Degraded");
        assertThat(Keys.kebab("waitP99Degraded")).isEqualTo("wait-p99-degraded");
    }

    @Test
    void relaxedReadsKeysAsSpringBootBindsThemAndNamesEachInKebabCaseUnderItsPrefix() {
        Setting<List<String>> names = Setting.strings("beanNames", List.of(), "bean names");
        Setting<Integer> port = Setting.intIn("port", 1, 65_535, null, "the port").required();
        Section root = Section.of("", "the properties", names, HEALTH, Section.of("http", "the API", port));
        Problems relaxed = new Problems();
        ConfigReader r = ConfigReader.relaxed("guardian", Map.of("beannames", "orders, reports,",
                "health", Map.of("waitp99degraded", "20m", "colour", "blue"), "http", Map.of()), root, relaxed,
                Substitution.NONE);

        assertThat(r.get(names)).containsExactly("orders", "reports");
        r.section(HEALTH).get(WAIT);
        r.section(root.member("http").map(Section.class::cast).orElseThrow()).find(port);
        assertThat(relaxed.lines()).containsExactlyInAnyOrder(
                "guardian.health.wait-p99-degraded: must be between 1ms and 10m, but was 20m",
                "guardian.health.colour: unknown key (known keys: wait-p99-degraded)",
                "guardian.http.port: is required");
        Problems fine = new Problems();
        assertThat(ConfigReader.relaxed("guardian", Map.of("bean-names", "orders"), root, fine, Substitution.NONE)
                .get(names)).containsExactly("orders");
        assertThat(fine.isEmpty()).isTrue();
    }

    @Test
    void keysThatDifferOnlyInCaseAreOneKeyToSpringBootSoASectionRefusesThem() {
        assertThatThrownBy(() -> Section.of("s", "a section", Setting.bool("maxWait", true, "a"),
                Setting.bool("maxwait", true, "b"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxwait");
    }

    @Test
    void aKeyGivenInBothSpellingsIsAProblem() {
        Problems relaxed = new Problems();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("waitP99Degraded", "1s");
        health.put("wait-p99-degraded", "2s");
        ConfigReader.relaxed(Map.of("health", health), ROOT, relaxed, Substitution.NONE).section(HEALTH);

        assertThat(relaxed.lines()).containsExactly("health.wait-p99-degraded: is given twice (also as waitP99Degraded)");
    }

    @Test
    void wrongShapesAreProblemsNotExceptions() {
        ConfigReader root = read(Map.of("tick", List.of("1s"), "http", "loud", "channels", Map.of("a", 1),
                "pools", List.of()));
        root.get(TICK);
        root.section(HTTP).get(PORT);
        root.entries(CHANNELS);
        root.named(POOLS);

        assertThat(problems.lines()).containsExactlyInAnyOrder(
                "tick: must be a single value, not a list or a mapping",
                "http: must be a mapping",
                "channels: must be a list",
                "pools: must be a mapping");
    }

    @Test
    void aParserThatThrowsSomethingElseIsNamedWithoutItsMessage() {
        Setting<String> odd = Setting.of("odd", ValueType.parsed("an odd thing", "java.lang.String", t -> {
            throw new IllegalStateException("internal detail " + t);
        }, t -> t), null, "odd");
        Problems p = new Problems();
        ConfigReader.of(Map.of("odd", "s3cret"), Section.of("", "root", odd), p, Substitution.NONE).get(odd);

        assertThat(p.lines()).containsExactly("odd: must be an odd thing, but was 's3cret'");
    }

    @Test
    void aBuilderRejectionIsAProblemOfItsSection() {
        ConfigReader root = read(Map.of());
        assertThat(root.section(HTTP).build(() -> {
            throw new IllegalArgumentException("ceiling must be >= floor (10), but was 5");
        })).isEmpty();

        assertThat(problems.lines()).containsExactly("http: ceiling must be >= floor (10), but was 5");
    }

    @Test
    void aDeclarationWhoseDefaultBreaksItsOwnBoundsFailsAtOnce() {
        assertThatThrownBy(() -> Setting.duration("tick", Duration.ofMillis(100), Duration.ofMinutes(1),
                Duration.ofMinutes(5), "how often"))
                .hasMessage("default of tick must be between 100ms and 1m, but was 5m");
        assertThatThrownBy(() -> Setting.intIn("port", 0, 10, 5, "two\nlines")).hasMessageContaining("doc of port must be one line");
        assertThatThrownBy(() -> TICK.check(Duration.ofMillis(10))).hasMessage("tick must be between 100ms and 1m, but was 10ms");
        assertThatThrownBy(() -> Section.of("http", "dup", PORT, PORT)).hasMessageContaining("declares port twice");
    }
}
