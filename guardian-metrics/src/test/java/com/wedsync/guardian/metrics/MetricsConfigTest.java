package com.wedsync.guardian.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.metrics.config.OtlpSettings;
import com.wedsync.guardian.metrics.config.StatsdSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings mirror guardian.yaml's metrics section; bad values fail at once, naming the field and the value. */
class MetricsConfigTest {

    @Test
    void defaultsAreThoseOfTheDocumentedYaml() {
        MetricsConfig c = MetricsConfig.defaults();
        assertThat(c.prometheusEnabled()).isTrue();
        assertThat(c.statsd().enabled()).isFalse();
        assertThat(c.statsd().host()).isEqualTo("127.0.0.1");
        assertThat(c.statsd().port()).isEqualTo(8125);
        assertThat(c.statsd().flavor()).isEqualTo("datadog");
        assertThat(c.statsd().step()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.otlp().enabled()).isFalse();
        assertThat(c.otlp().url()).hasToString("http://127.0.0.1:4318/v1/metrics");
        assertThat(c.otlp().step()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.otlp().delta()).isFalse();
    }

    @Test
    void badStatsdValuesAreRejectedByName() {
        assertThatThrownBy(() -> StatsdSettings.builder().port(0))
                .hasMessage("metrics.statsd.port must be between 1 and 65535, but was 0");
        assertThatThrownBy(() -> StatsdSettings.builder().port(70000))
                .hasMessage("metrics.statsd.port must be between 1 and 65535, but was 70000");
        assertThatThrownBy(() -> StatsdSettings.builder().flavor("newrelic"))
                .hasMessage("metrics.statsd.flavor must be one of [datadog, etsy, telegraf, sysdig], but was \"newrelic\"");
        assertThatThrownBy(() -> StatsdSettings.builder().host(" "))
                .hasMessage("metrics.statsd.host must not be blank, but was \" \"");
        assertThatThrownBy(() -> StatsdSettings.builder().step(Duration.ofMillis(500)))
                .hasMessage("metrics.statsd.step must be between 1s and 1h, but was 500ms");
    }

    @Test
    void badOtlpValuesAreRejectedByName() {
        assertThatThrownBy(() -> OtlpSettings.builder().url("127.0.0.1:4318/v1/metrics"))
                .hasMessage("metrics.otlp.url must be an absolute http(s) URL, but was \"127.0.0.1:4318/v1/metrics\"");
        assertThatThrownBy(() -> OtlpSettings.builder().step(Duration.ZERO))
                .hasMessage("metrics.otlp.step must be between 1s and 1h, but was 0s");
        assertThatThrownBy(() -> OtlpSettings.builder().timeout(Duration.ofMinutes(5)))
                .hasMessage("metrics.otlp.timeout must be between 100ms and 1m, but was 5m");
        assertThatThrownBy(() -> OtlpSettings.builder().temporality("gauge"))
                .hasMessage("metrics.otlp.temporality must be cumulative or delta, but was \"gauge\"");
        assertThatThrownBy(() -> OtlpSettings.builder().header("api key", "x"))
                .hasMessage("metrics.otlp.headers name must be an HTTP token, but was \"api key\"");
        assertThatThrownBy(() -> OtlpSettings.builder().header("api-key", ""))
                .hasMessage("metrics.otlp.headers.api-key must not be empty (is its environment variable set?)");
    }

    @Test
    void secretsNeverAppearInMessagesOrToString() {
        String key = "NRAK-SECRET-LICENSE-KEY-123";
        OtlpSettings otlp = OtlpSettings.builder().enabled(true).header("api-key", key).temporality("delta").build();
        assertThat(MetricsConfig.builder().otlp(otlp).build().toString())
                .contains("headers=[api-key] (values hidden)", "temporality=delta").doesNotContain(key);
        assertThat(otlp.headers()).containsEntry("api-key", key);
        assertThatThrownBy(() -> OtlpSettings.builder().header("api-key", key + "\r\nX-Evil: 1"))
                .hasMessage("metrics.otlp.headers.api-key must not contain a line break")
                .message().doesNotContain(key);
        assertThatThrownBy(() -> OtlpSettings.builder().url("https://user:" + key + "@otlp.nr-data.net/v1/metrics"))
                .message().contains("metrics.otlp.url must not carry credentials").doesNotContain(key);
    }
}
