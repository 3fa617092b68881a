package com.wedsync.guardian.app.cli;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6, done-when: `guardian demo --config` with StatsD and OTLP enabled feeds loopback receivers. */
class DemoExportTest {

    @TempDir
    Path dir;

    @Test
    void theDemoFeedsADogStatsdListenerAndAnOtlpReceiver() throws Exception {
        List<String> datagrams = new CopyOnWriteArrayList<>();
        Set<String> otlpNames = ConcurrentHashMap.newKeySet();
        HttpServer otlp = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        otlp.createContext("/v1/metrics", exchange -> {
            ExportMetricsServiceRequest request = ExportMetricsServiceRequest.parseFrom(exchange.getRequestBody().readAllBytes());
            for (ResourceMetrics rm : request.getResourceMetricsList()) {
                for (ScopeMetrics sm : rm.getScopeMetricsList()) {
                    sm.getMetricsList().forEach(m -> otlpNames.add(m.getName()));
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        otlp.start();
        try (DatagramSocket statsd = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            statsd.setSoTimeout(200);
            Thread listener = new Thread(() -> {
                byte[] buf = new byte[65_536];
                while (!statsd.isClosed()) {
                    try {
                        DatagramPacket p = new DatagramPacket(buf, buf.length);
                        statsd.receive(p);
                        datagrams.addAll(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8).lines().toList());
                    } catch (SocketTimeoutException e) {
                        // poll again until the socket closes
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            listener.start();
            Path config = dir.resolve("guardian.yaml");
            Files.writeString(config, """
                    metrics:
                      statsd: {enabled: true, host: 127.0.0.1, port: %d, flavor: datadog, step: 1s}
                      otlp: {enabled: true, url: "http://127.0.0.1:%d/v1/metrics", step: 1s}
                    """.formatted(statsd.getLocalPort(), otlp.getAddress().getPort()));

            CliRun run = CliRun.of("demo", "--duration", "8s", "--port", "0", "--plain", "--config", config.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(datagrams).anySatisfy(d -> assertThat(d)
                    .matches("db\\.client\\.connection\\.count:[0-9.]+\\|g\\|#.*")
                    .contains("db.client.connection.pool.name:wedsync"));
            assertThat(datagrams).anySatisfy(d -> assertThat(d).startsWith("guardian.wedding.criticality:"));
            assertThat(otlpNames).contains("db.client.connection.count", "db.client.connection.max",
                    "guardian.pool.health", "guardian.wedding.criticality");
        } finally {
            otlp.stop(0);
        }
    }
}
