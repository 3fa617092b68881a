package com.wedsync.guardian.metrics;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.SchemaAssertions;
import com.wedsync.guardian.config.Substitution;
import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.metrics.config.MetricsSchema;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: {@code metrics:} declared once; the builders' defaults and ranges are the declaration's. */
class MetricsSchemaTest {

    @Test
    void everySettingHasItsDocAndADefaultWithinItsBounds() {
        SchemaAssertions.assertWellDeclared(MetricsSchema.SECTION);
    }

    @Test
    void theDeclaredDefaultsAreTheBuildersDefaults() {
        MetricsConfig d = MetricsConfig.defaults();
        assertThat(d.statsd().port()).isEqualTo(MetricsSchema.STATSD_PORT.defaultValue());
        assertThat(d.otlp().url()).hasToString(MetricsSchema.OTLP_URL.defaultValue());
        assertThat(d.otlp().timeout()).isEqualTo(MetricsSchema.OTLP_TIMEOUT.defaultValue());
    }

    // issue 13: the config reader refused otlp.timeout and otlp.temporality, which the builder had all along
    @Test
    void everyKeyTheBuilderTakesIsReadFromConfig() {
        Problems problems = new Problems();
        MetricsConfig c = MetricsSchema.read(ConfigReader.of(Map.of("otlp", Map.of("enabled", true, "timeout", "2s",
                "temporality", "delta", "headers", Map.of("api-key", "k"))), MetricsSchema.SECTION, problems, Substitution.NONE));

        assertThat(problems.lines()).isEmpty();
        assertThat(c.otlp().timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.otlp().delta()).isTrue();
        assertThat(c.otlp().headers()).containsEntry("api-key", "k");
    }

    @Test
    void aBadHeaderIsReportedAtItsOwnPathWithoutItsValue() {
        Problems problems = new Problems();
        MetricsSchema.read(ConfigReader.of(Map.of("otlp", Map.of("headers", Map.of("api key", "NRAK-SECRET"),
                "url", "https://user:NRAK-SECRET@otlp.example/v1/metrics")), MetricsSchema.SECTION, problems, Substitution.NONE));

        assertThat(problems.lines()).anySatisfy(p -> assertThat(p).startsWith("otlp.headers.api key: metrics.otlp.headers name"))
                .anySatisfy(p -> assertThat(p).startsWith("otlp.url: metrics.otlp.url must not carry credentials"));
        assertThat(String.join("\n", problems.lines())).doesNotContain("NRAK-SECRET");
    }
}
