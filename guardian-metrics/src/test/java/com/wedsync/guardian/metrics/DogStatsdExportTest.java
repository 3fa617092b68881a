package com.wedsync.guardian.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.metrics.config.StatsdSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.testing.Eventually;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A loopback UDP socket stands in for the Datadog agent; every datagram must be DogStatsD. */
class DogStatsdExportTest {

    /** {@code name:value|type[|@rate][|#tag:value,...]}, DogStatsD's metric datagram. */
    static final Pattern LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9_.]*):(-?[0-9.eE+-]+|NaN)\\|(c|g|ms|h|d|s)(?:\\|@[0-9.]+)?(?:\\|#(.*))?$");

    static final Path DATADOG_DASHBOARD = Path.of("..", "dashboards", "datadog", "wedsync-pool-guardian.json");
    /** {@code agg:metric{filters}[ by {tags}][.as_count()]}. */
    static final Pattern DATADOG_QUERY = Pattern.compile("^(avg|max|min|sum):([a-z0-9_.]+)\\{([^}]*)\\}(?: by \\{([^}]*)\\})?(\\.as_count\\(\\))?$");

    record Datagram(String name, double value, String type, Map<String, String> tags) {
    }

    private DatagramSocket agent;
    private GuardianMetrics metrics;
    private final Map<String, List<Datagram>> received = new ConcurrentHashMap<>();
    private final List<String> malformed = new ArrayList<>();

    @AfterEach
    void close() {
        if (metrics != null) {
            metrics.close();
        }
        agent.close();
    }

    @Test
    void datagramsParseAsDogStatsdWithOpenTelemetryNamesAndWeddingContextTags() throws IOException {
        agent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        agent.setSoTimeout(200);
        MutableReadings readings = new MutableReadings().everything();
        metrics = GuardianMetrics.start(MetricsConfig.builder().prometheusEnabled(false)
                .statsd(StatsdSettings.builder().enabled(true).host("127.0.0.1").port(agent.getLocalPort())
                        .step(Duration.ofSeconds(1)).build())
                .build(), readings);
        // StatsD counters are deltas sent as they happen: a counter that never moves sends nothing, and
        // counts made before the registry's UDP channel is up are dropped, so the events keep coming
        long[] timeouts = {0};
        List<String> expected = DogStatsdNames.EXPECTED;
        try {
            Eventually.awaitIgnoringExceptions(Duration.ofSeconds(15), Duration.ofMillis(50),
                    "DogStatsD datagrams for " + expected, () -> {
                metrics.events().recordScalingAction("orders", "applied");
                metrics.events().recordAlertSent("slack", "ok");
                timeouts[0] += 3;
                readings.pools.put("orders", MutableReadings.snapshot("orders", 7, 3, 20, 1, timeouts[0], 80));
                metrics.refresh();
                receiveSome();
                return received.keySet().containsAll(expected);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; received " + received.keySet() + ", malformed " + malformed);
        }

        assertThat(malformed).isEmpty();
        assertThat(tagsOf("db.client.connection.count")).anySatisfy(t -> assertThat(t).containsEntry(
                "db.client.connection.pool.name", "orders").containsEntry("state", "used")
                .containsEntry("criticality", "4").containsEntry("protected_window", "true").containsEntry("peak_season", "true"));
        assertThat(received.get("db.client.connection.max")).anySatisfy(d ->
                assertThat(d).extracting(Datagram::value, Datagram::type).containsExactly(20.0, "g"));
        assertThat(tagsOf("db.client.connection.wait_time")).anySatisfy(t -> assertThat(t).containsEntry("percentile", "p99"));
        assertThat(received.get("guardian.scaling.actions")).anySatisfy(d -> {
            assertThat(d.type()).isEqualTo("c");
            assertThat(d.tags()).containsEntry("result", "applied").containsEntry("db.client.connection.pool.name", "orders");
        });
        assertThat(received.get("db.client.connection.timeouts")).anySatisfy(d ->
                assertThat(d).extracting(Datagram::value, Datagram::type).containsExactly(3.0, "c"));
        assertThat(tagsOf("guardian.alerts.sent")).anySatisfy(t -> assertThat(t).containsEntry("channel", "slack"));
        assertThat(tagsOf("guardian.forecast.expected_connections")).extracting(t -> t.get("bound"))
                .contains("expected", "low", "high");
        received.values().forEach(list -> list.forEach(d -> assertThat(d.tags().toString())
                .doesNotContain(MutableReadings.WEDDING.id(), MutableReadings.WEDDING.title())));
        datadogDashboardUsesOnlyWhatWasSent();
    }

    /** Every query of the Datadog dashboard names a metric that was sent, filtered and grouped by tags it carried. */
    private void datadogDashboardUsesOnlyWhatWasSent() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DATADOG_DASHBOARD.toFile());
        String poolTag = dashboard.path("template_variables").get(0).path("prefix").asText();
        List<String> queries = dashboard.findValues("query").stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(15);
        for (String query : queries) {
            Matcher m = DATADOG_QUERY.matcher(query);
            assertThat(m.matches()).as("Datadog query %s", query).isTrue();
            String name = m.group(2);
            assertThat(received).as("metric of query %s", query).containsKey(name);
            List<Map<String, String>> sent = tagsOf(name);
            for (String filter : m.group(3).split(",")) {
                if (filter.equals("*")) {
                    continue;
                }
                if (filter.equals("$pool")) {
                    assertThat(sent).as("template variable of query %s", query).anySatisfy(t -> assertThat(t).containsEntry(poolTag, "orders"));
                    continue;
                }
                // the key must be sent; its value may be one this run's context does not produce (protected_window:false)
                String key = filter.split(":", 2)[0];
                assertThat(sent).as("tag %s of query %s", filter, query).anySatisfy(t -> assertThat(t).containsKey(key));
            }
            if (m.group(4) != null) {
                for (String by : m.group(4).split(",")) {
                    assertThat(sent).as("group-by %s of query %s", by, query).anySatisfy(t -> assertThat(t).containsKey(by));
                }
            }
        }
    }

    private List<Map<String, String>> tagsOf(String name) {
        return received.get(name).stream().map(Datagram::tags).toList();
    }

    private void receiveSome() {
        byte[] buf = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buf, buf.length);
        try {
            agent.receive(packet);
        } catch (SocketTimeoutException e) {
            return;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Datagram d = parse(line);
            if (d == null) {
                malformed.add(line);
            } else {
                received.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    static Datagram parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> tags = new LinkedHashMap<>();
        if (m.group(4) != null) {
            for (String tag : m.group(4).split(",")) {
                int colon = tag.indexOf(':');
                tags.put(colon < 0 ? tag : tag.substring(0, colon), colon < 0 ? "" : tag.substring(colon + 1));
            }
        }
        return new Datagram(m.group(1), Double.parseDouble(m.group(2)), m.group(3), tags);
    }
}
