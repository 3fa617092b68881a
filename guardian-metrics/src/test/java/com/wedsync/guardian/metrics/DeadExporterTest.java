package com.wedsync.guardian.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.metrics.config.OtlpSettings;
import com.wedsync.guardian.metrics.config.StatsdSettings;
import com.wedsync.guardian.testing.Eventually;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A receiver that never answers and an agent that is not there must not hold up the guardian, nor see its secrets logged. */
class DeadExporterTest {

    private static final String LICENSE_KEY = "NRAK-DEADBEEF0000000000000000LEAKCHECK";

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger requestsStarted = new AtomicInteger();
    private final AtomicInteger requestsAnswered = new AtomicInteger();
    private HttpServer receiver;
    private GuardianMetrics metrics;
    private ListAppender<ILoggingEvent> logs;

    @AfterEach
    void close() {
        release.countDown();
        if (metrics != null) {
            metrics.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
        if (logs != null) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        }
    }

    @Test
    void hungOtlpReceiverAndClosedStatsdPortNeitherDelayRefreshNorEventsNorScrape() throws IOException {
        receiver = receiver(exchange -> {
            requestsStarted.incrementAndGet();
            awaitRelease();
            exchange.sendResponseHeaders(200, -1);
            requestsAnswered.incrementAndGet();
            exchange.close();
        });
        MutableReadings readings = new MutableReadings().everything();
        metrics = GuardianMetrics.start(MetricsConfig.builder()
                .statsd(StatsdSettings.builder().enabled(true).port(closedUdpPort()).step(Duration.ofSeconds(1)).build())
                .otlp(otlpTo(receiver, Duration.ofSeconds(30)))
                .build(), readings);
        Eventually.awaitIgnoringExceptions(Duration.ofSeconds(10), Duration.ofMillis(50),
                "the OTLP exporter to be stuck in a request", () -> requestsStarted.get() >= 1);

        for (int used = 1; used <= 20; used++) {
            readings.pools.put("orders", MutableReadings.snapshot("orders", used, 20 - used, 20, 0, used, 10));
            metrics.refresh();
            metrics.events().recordScalingAction("orders", "applied");
            metrics.events().recordAlertSent("slack", "ok");
        }
        String scrape = metrics.scrape();

        assertThat(requestsAnswered.get()).as("the OTLP request is still hanging").isZero();
        assertThat(scrape).contains("peak_season=\"true\",protected_window=\"true\",state=\"used\"} 20.0");
        assertThat(scrape).contains("guardian_scaling_actions_total{db_client_connection_pool_name=\"orders\",result=\"applied\"} 20.0");
        assertThat(scrape).contains("db_client_connection_timeouts_total{db_client_connection_pool_name=\"orders\"} 20.0");
    }

    @Test
    void failingOtlpReceiverNeverSeesItsApiKeyInTheLogs() throws IOException {
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        receiver = receiver(exchange -> {
            byte[] body = "{\"error\":\"invalid license key\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
            requestsAnswered.incrementAndGet();
            exchange.close();
        });
        OtlpSettings otlp = otlpTo(receiver, Duration.ofSeconds(2));
        metrics = GuardianMetrics.start(MetricsConfig.builder().prometheusEnabled(false).otlp(otlp).build(),
                new MutableReadings().everything());
        Eventually.awaitIgnoringExceptions(Duration.ofSeconds(10), Duration.ofMillis(50),
                "a rejected OTLP export to be logged", () -> requestsAnswered.get() >= 1
                && logs.list.stream().anyMatch(e -> e.getFormattedMessage().contains("OTLP")));

        assertThat(otlp.toString()).contains("api-key").doesNotContain(LICENSE_KEY);
        assertThat(logs.list).isNotEmpty().allSatisfy(e -> {
            String text = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertThat(text).doesNotContain(LICENSE_KEY);
        });
    }

    private static OtlpSettings otlpTo(HttpServer receiver, Duration timeout) {
        return OtlpSettings.builder().enabled(true)
                .url("http://127.0.0.1:" + receiver.getAddress().getPort() + "/v1/metrics")
                .header("api-key", LICENSE_KEY).step(Duration.ofSeconds(1)).timeout(timeout).build();
    }

    private static HttpServer receiver(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/metrics", handler);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "otlp-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return server;
    }

    private void awaitRelease() {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return socket.getLocalPort();
        }
    }
}
