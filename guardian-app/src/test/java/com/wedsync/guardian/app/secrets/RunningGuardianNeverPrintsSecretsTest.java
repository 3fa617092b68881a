package com.wedsync.guardian.app.secrets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.service.ServiceAssembly;
import com.wedsync.guardian.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 2: `guardian run` with every credential set (and some of its parts failing: a refused JMX
 * pool, a database URL carrying its password, an unreachable calendar) logs no secret at start-up, and no
 * response of any endpoint of its API holds one.
 */
class RunningGuardianNeverPrintsSecretsTest {

    private static final List<String> GETS = List.of("/healthz", "/metrics", "/api/pools", "/api/pools/orders",
            "/api/databases", "/api/context", "/api/emergency", "/api/scaling", "/api/overrides", "/api/alerts",
            "/api/alerts/none", "/api/silences", "/api/nope");
    private static final List<String> POSTS = List.of("/api/emergency", "/api/emergency/clear", "/api/overrides",
            "/api/pools/orders/resize", "/api/alerts/none/ack", "/api/silences", "/api/silences/none/expire");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger guardianLogs = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("com.wedsync");
    private Level guardianLevel;

    @BeforeEach
    void captureEveryLogLine() {
        guardianLevel = guardianLogs.getLevel();
        guardianLogs.setLevel(Level.DEBUG);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(log);
        guardianLogs.setLevel(guardianLevel);
    }

    @Test
    void startUpLogsAndApiResponsesHoldNoSecret() throws Exception {
        List<String> printed = new ArrayList<>();
        try (Guardian guardian = ServiceAssembly.from(SecretsEverywhere.config("running-secrets-" + System.nanoTime()),
                Clock.systemUTC()).start()) {
            Eventually.await(Duration.ofSeconds(20), "both server views and the refused pool to be read", () ->
                    guardian.view().serverViews().size() == 2 && !guardian.view().pools().isEmpty()
                            && guardian.view().pools().get(0).snapshot() != null);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + guardian.httpPort();
            for (String path : GETS) {
                for (String token : List.of("lit-read-t0ken-PPP", "wrong-token")) {
                    printed.add(path + " -> " + http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
                }
            }
            for (String path : POSTS) {
                for (String token : List.of(SecretsEverywhere.ENVIRONMENT.get("ADMIN_TOKEN"), "wrong-token")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"actor\": \"x\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    printed.add("POST " + path + " -> " + r.statusCode() + " " + r.headers().map() + " " + r.body());
                }
            }
        }
        List<String> lines = log.list.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();

        assertThat(lines).as("the start-up was logged").isNotEmpty();
        assertThat(printed).hasSize(2 * GETS.size() + 2 * POSTS.size());
        for (String secret : SecretsEverywhere.secrets()) {
            assertThat(lines).as("log lines").noneMatch(l -> l.contains(secret));
            assertThat(printed).as("API responses").noneMatch(l -> l.contains(secret));
        }
    }
}
