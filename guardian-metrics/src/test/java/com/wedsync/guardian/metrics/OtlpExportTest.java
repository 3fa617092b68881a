package com.wedsync.guardian.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.metrics.config.OtlpSettings;
import com.wedsync.guardian.testing.Eventually;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A loopback HTTP server stands in for New Relic's OTLP endpoint; every request must decode as OTLP protobuf. */
class OtlpExportTest {

    static final String LICENSE_KEY = "NRAK-TEST0000000000000000000000SECRET";

    private HttpServer receiver;
    private GuardianMetrics metrics;
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final List<String> apiKeys = new CopyOnWriteArrayList<>();
    private final Map<String, Metric> latest = new ConcurrentHashMap<>();
    private final List<ResourceMetrics> resources = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        if (metrics != null) {
            metrics.close();
        }
        receiver.stop(0);
    }

    @Test
    void requestsDecodeAsOtlpWithOpenTelemetryNamesUnitsAndAttributes() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/v1/metrics", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                contentTypes.add(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
                apiKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("api-key")));
                ExportMetricsServiceRequest request = ExportMetricsServiceRequest.parseFrom(body);
                for (ResourceMetrics rm : request.getResourceMetricsList()) {
                    resources.add(rm);
                    for (ScopeMetrics sm : rm.getScopeMetricsList()) {
                        sm.getMetricsList().forEach(m -> latest.put(m.getName(), m));
                    }
                }
                exchange.sendResponseHeaders(200, -1);
            } finally {
                exchange.close();
            }
        });
        receiver.start();
        MutableReadings readings = new MutableReadings().everything();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/v1/metrics";
        metrics = GuardianMetrics.start(MetricsConfig.builder().prometheusEnabled(false)
                .otlp(OtlpSettings.builder().enabled(true).url(url).header("api-key", LICENSE_KEY)
                        .step(Duration.ofSeconds(1)).build())
                .build(), readings);
        metrics.events().recordScalingAction("orders", "applied");
        metrics.events().recordAlertSent("slack", "ok");
        readings.pools.put("orders", MutableReadings.snapshot("orders", 7, 3, 20, 1, 3, 80));
        metrics.refresh();

        Eventually.until(Duration.ofSeconds(15), Duration.ofMillis(50), "OTLP export of " + DogStatsdNames.EXPECTED,
                () -> Set.copyOf(latest.keySet()), got -> got.containsAll(DogStatsdNames.EXPECTED));

        assertThat(contentTypes).allSatisfy(t -> assertThat(t).startsWith("application/x-protobuf"));
        assertThat(apiKeys).allSatisfy(k -> assertThat(k).isEqualTo(LICENSE_KEY));
        assertThat(resources.get(0).getResource().getAttributesList())
                .anySatisfy(kv -> assertThat(kv.getKey() + "=" + kv.getValue().getStringValue())
                        .isEqualTo("service.name=wedsync-pool-guardian"));

        Metric count = latest.get("db.client.connection.count");
        assertThat(count.getUnit()).isEqualTo("{connection}");
        assertThat(count.getGauge().getDataPointsList()).anySatisfy(p -> {
            assertThat(attributes(p)).containsEntry("db.client.connection.pool.name", "orders")
                    .containsEntry("state", "used").containsEntry("criticality", "4");
            assertThat(p.getAsDouble()).isEqualTo(7.0);
        });
        Metric wait = latest.get("db.client.connection.wait_time");
        assertThat(wait.getUnit()).isEqualTo("s");
        assertThat(wait.getGauge().getDataPointsList()).anySatisfy(p -> {
            assertThat(attributes(p)).containsEntry("percentile", "p99");
            assertThat(p.getAsDouble()).isEqualTo(0.08);
        });
        Metric timeouts = latest.get("db.client.connection.timeouts");
        assertThat(timeouts.getUnit()).isEqualTo("{timeout}");
        assertThat(timeouts.getSum().getIsMonotonic()).isTrue();
        assertThat(timeouts.getSum().getDataPoints(0).getAsDouble()).isEqualTo(3.0);
        assertThat(latest.get("db.client.connection.pending_requests").getUnit()).isEqualTo("{request}");
        assertThat(latest.get("guardian.calendar.age").getUnit()).isEqualTo("s");
        assertThat(latest.get("guardian.forecast.expected_connections").getGauge().getDataPointsList())
                .extracting(p -> attributes(p).get("bound")).contains("expected", "low", "high");
        assertThat(latest.get("guardian.scaling.actions").getSum().getDataPointsList())
                .anySatisfy(p -> assertThat(attributes(p)).containsEntry("result", "applied"));
        assertThat(latest.values().toString()).doesNotContain(MutableReadings.WEDDING.id(), MutableReadings.WEDDING.title());
    }

    static Map<String, String> attributes(NumberDataPoint point) {
        return point.getAttributesList().stream()
                .collect(Collectors.toMap(KeyValue::getKey, kv -> kv.getValue().getStringValue()));
    }
}
