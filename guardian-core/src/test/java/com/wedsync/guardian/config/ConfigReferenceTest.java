package com.wedsync.guardian.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: the reference and Spring Boot's metadata are rendered from the declarations. */
class ConfigReferenceTest {

    private static final Setting<Duration> TICK = Setting.duration("tick", Duration.ofMillis(100), Duration.ofMinutes(1),
            Duration.ofSeconds(1), "how often pools are observed");
    private static final Setting<String> TYPE = Setting.oneOf("type", List.of("slack", "log"), null, "the kind").required();
    private static final Setting<String> WEBHOOK = Setting.url("webhookUrl", null, "the hook", "https").required();
    private static final Entries CHANNELS = Entries.byKey("channels", "where alerts go",
            Section.of("", "a channel", Setting.string("name", null, "its name").required(), TYPE), "type",
            Map.of("slack", Section.of("slack", "a Slack hook", WEBHOOK)));
    private static final Section ALERTS = Section.of("alerts", "alerting", CHANNELS,
            Section.of("routes", "routing", Setting.bool("continue", false, "go on"), Entries.recursive("routes", "children")));
    private static final Setting<Integer> FLOOR = Setting.atLeast("floor", 1, 2, "the smallest max");
    private static final Section SCALING = Section.of("scaling", "sizing", FLOOR)
            .with(List.of(new Named("pools", "per pool", Section.of("", "a pool", FLOOR))));
    private static final Section ROOT = Section.of("", "the guardian's config", TICK, ALERTS, SCALING);

    @Test
    void everySettingHasARowWithItsFullPath() {
        assertThat(ConfigReference.rows(ROOT)).extracting(ConfigReference.Row::path).containsExactly(
                "tick", "alerts.channels[].name", "alerts.channels[].type", "alerts.channels[type=slack].webhookUrl",
                "alerts.routes.continue", "alerts.routes.routes[]", "scaling.floor", "scaling.pools.<name>.floor");
    }

    @Test
    void theMarkdownHasATablePerSectionWithTypeDefaultBoundsAndDoc() {
        String md = ConfigReference.markdown(ROOT);

        assertThat(md).contains("| `tick` | duration | `1s` | 100ms..1m | how often pools are observed |",
                "#### `alerts`", "| `alerts.channels[].type` | slack or log | required |  | the kind |",
                "| `scaling.pools.<name>.floor` | integer | `2` | >= 1 | the smallest max |");
    }

    @Test
    void springMetadataHasAPropertyPerSettingInKebabCaseAndOneForEachList() {
        String json = SpringMetadata.json("guardian", ROOT);

        assertThat(json).contains(
                "{\"name\": \"guardian.tick\", \"type\": \"java.time.Duration\", \"description\": \"how often pools are observed\", \"defaultValue\": \"1s\"}",
                "{\"name\": \"guardian.alerts.channels\", \"type\": \"java.util.List<java.util.Map<java.lang.String,java.lang.Object>>\"",
                "with type slack: webhook-url (URL (https))",
                "{\"name\": \"guardian.scaling.pools\", \"type\": \"java.util.Map<java.lang.String,java.util.Map<java.lang.String,java.lang.Object>>\"",
                "{\"name\": \"guardian.alerts\", \"description\": \"alerting\"}");
        assertThat(json).doesNotContain("guardian.alerts.channels.type", "guardian.scaling.pools.floor");
    }
}
