package com.wedsync.guardian.notify;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.SchemaAssertions;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Substitution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: each channel type declares its keys once; entries are read by the one reader. */
class ChannelSchemaTest {

    @Test
    void everyChannelTypesKeysHaveTheirDocAndDefaultsWithinBounds() {
        SchemaAssertions.assertWellDeclared(Section.of("alerts", "the channels", ChannelFactory.CHANNELS));
        assertThat(ChannelFactory.CHANNELS.variants()).containsOnlyKeys("slack", "pagerduty", "twilio", "resend",
                "webhook", "alertmanager", "log");
    }

    @Test
    void entriesInATreeAreReadWithTheirPathsUnknownKeysAndRangesIncluded() {
        Problems problems = new Problems();
        ConfigReader alerts = ConfigReader.of(Map.of("channels", List.of(
                Map.of("name", "ops", "type", "slack", "webhookUrl", "https://hooks.slack.example/T1/B1/abcdefghijklmnop",
                        "readTimeout", "10m"),
                Map.of("name", "console", "type", "log", "url", "https://x.example"))),
                Section.of("alerts", "alerts", ChannelFactory.CHANNELS), problems, Substitution.NONE);

        List<ConfiguredChannel<?>> channels = new ChannelFactory().read(alerts.entries(ChannelFactory.CHANNELS), "");

        assertThat(channels).isEmpty();
        assertThat(problems.lines()).containsExactlyInAnyOrder(
                "channels[0].readTimeout: must be between 10ms and 5m, but was 10m",
                "channels[1].url: unknown key (known keys: name, type)");
    }
}
