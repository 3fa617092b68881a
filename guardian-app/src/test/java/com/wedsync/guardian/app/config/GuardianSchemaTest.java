package com.wedsync.guardian.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.config.ConfigReference;
import com.wedsync.guardian.config.Member;
import com.wedsync.guardian.config.SchemaAssertions;
import com.wedsync.guardian.config.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: every section of guardian.yaml is declared once, each setting with its doc and a default in bounds. */
class GuardianSchemaTest {

    static Stream<Member> sections() {
        return GuardianSchema.ROOT.members().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sections")
    void everySettingOfTheSectionHasItsDocAndADefaultWithinItsBounds(Member section) {
        SchemaAssertions.assertWellDeclared(Section.of(section.key(), "the section", section));
    }

    @Test
    void theRootKnowsEverySectionAConfigMayHave() {
        assertThat(GuardianSchema.ROOT.keys()).containsExactly("instance", "tick", "http", "store", "databases", "pools",
                "health", "calendars", "weddings", "alerts", "scaling", "fleet", "operator", "freeze", "metrics");
    }

    @Test
    void springMetadataHasTheDocumentedShapeAPropertyPerSettingAndOnePerList() throws Exception {
        JsonNode metadata = new ObjectMapper().readTree(GuardianSchema.springMetadata());

        assertThat(metadata.fieldNames()).toIterable().containsExactly("groups", "properties", "hints");
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        metadata.get("properties").forEach(p -> {
            assertThat(p.get("name").asText()).startsWith("guardian.").matches("[a-z0-9.-]+");
            assertThat(p.get("type").asText()).isNotBlank();
            assertThat(p.get("description").asText()).isNotBlank();
            properties.put(p.get("name").asText(), p);
        });
        JsonNode wait = properties.get("guardian.health.wait-p99-degraded");
        assertThat(wait.get("type").asText()).isEqualTo("java.time.Duration");
        assertThat(wait.get("defaultValue").asText()).isEqualTo("100ms");
        assertThat(properties.get("guardian.calendars").get("type").asText())
                .isEqualTo("java.util.List<java.util.Map<java.lang.String,java.lang.Object>>");
        assertThat(properties.get("guardian.alerts.channels").get("description").asText())
                .contains("with type slack: webhook-url", "with type log: nothing more");
        assertThat(properties).containsKeys("guardian.tick", "guardian.http.admin-token", "guardian.scaling.pools",
                "guardian.alerts.outbox.lease", "guardian.freeze.github.max-hold", "guardian.metrics.otlp.headers")
                .doesNotContainKey("guardian.calendars.url");
        assertThat(properties.get("guardian.http.admin-token").has("defaultValue")).isFalse();
        List<String> hinted = new ArrayList<>();
        metadata.get("hints").forEach(h -> hinted.add(h.get("name").asText()));
        assertThat(hinted).contains("guardian.scaling.mode", "guardian.freeze.threshold");
        assertThat(metadata.get("groups").findValuesAsText("name")).contains("guardian", "guardian.health",
                "guardian.alerts.routes", "guardian.freeze.github");
    }

    @Test
    void aSpringStyleKeyMapsOntoTheSchemasKey() {
        Section health = (Section) GuardianSchema.ROOT.member("health").orElseThrow();
        assertThat(health.keyForKebab("wait-p99-degraded")).contains("waitP99Degraded");
        assertThat(GuardianSchema.ROOT.keyForKebab("tick")).contains("tick");
        assertThat(health.keyForKebab("no-such-key")).isEmpty();
        assertThat(ConfigReference.rows(GuardianSchema.ROOT)).hasSizeGreaterThan(150);
    }
}
