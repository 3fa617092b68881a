package com.wedsync.guardian.notify.testing;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.DeliveryResult.Outcome;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.http.testing.HostileHttpServer;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The checks every HTTP channel passes (docs/runtime-conventions.md: one shared contract test): the status rule per code,
 * Retry-After in both forms, time-outs, and no secret in any log line, result, exception or toString.
 */
public abstract class NotifierContractTest {

    protected static final HttpTimeouts FAST = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofMillis(1500));

    protected LoopbackServer server;
    protected MutableClock clock;

    /** The channel under test, pointed at {@code baseUrl} (the loopback server, or a dead port). */
    protected abstract Notifier notifier(String baseUrl, HttpTimeouts timeouts, Clock clock);

    /** Every secret the channel was given: none may ever be printed. */
    protected abstract List<String> secrets();

    protected Notification notification() {
        return Alerts.trigger(Alerts.weddingSaturation());
    }

    @BeforeEach
    public void startServer() {
        server = new LoopbackServer();
        clock = new MutableClock(Alerts.T0);
    }

    @AfterEach
    public void stopServer() {
        server.close();
    }

    protected DeliveryResult deliverAnswering(int status, Map<String, String> headers) {
        server.respond(r -> new LoopbackServer.Response(status, headers, ""));
        return notifier(server.baseUrl(), FAST, clock).deliver(notification());
    }

    @ParameterizedTest(name = "HTTP {0} is delivered")
    @ValueSource(ints = {200, 201, 202})
    public void twoHundredsAreDelivered(int status) {
        DeliveryResult r = deliverAnswering(status, Map.of());

        assertThat(r.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(r.status()).isEqualTo(status);
        assertThat(server.requests()).isNotEmpty().allSatisfy(q -> assertThat(q.method()).isEqualTo("POST"));
    }

    @Test
    public void tooManyRequestsIsRetryableAfterTheSecondsAsked() {
        DeliveryResult r = deliverAnswering(429, Map.of("Retry-After", "7"));

        assertThat(r.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    public void tooManyRequestsHonoursAnHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Alerts.T0.plusSeconds(90).atZone(ZoneOffset.UTC));

        DeliveryResult r = deliverAnswering(429, Map.of("Retry-After", date));

        assertThat(r.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(r.retryAfter()).contains(Duration.ofSeconds(90));
    }

    @ParameterizedTest(name = "HTTP {0} is retryable")
    @ValueSource(ints = {500, 502, 503})
    public void serverErrorsAreRetryable(int status) {
        DeliveryResult r = deliverAnswering(status, Map.of());

        assertThat(r.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(r.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "HTTP {0} is permanent")
    @ValueSource(ints = {400, 401, 403, 404, 422})
    public void clientErrorsArePermanent(int status) {
        DeliveryResult r = deliverAnswering(status, Map.of());

        assertThat(r.outcome()).isEqualTo(Outcome.PERMANENT);
        assertThat(r.status()).isEqualTo(status);
    }

    @Test
    public void aVendorThatNeverAnswersIsRetryableAfterTheReadTimeout() {
        server.hang();

        DeliveryResult r = notifier(server.baseUrl(), FAST, clock).deliver(notification());

        assertThat(r.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(r.status()).isZero();
        assertThat(r.detail()).contains("no answer within 1500 ms");
    }

    /** Only stops a hang: the sends below end at their limit or their read time-out, long before. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @ParameterizedTest(name = "HTTP {0} followed by an endless answer is cut off, retryable")
    @ValueSource(ints = {200, 500})
    public void anEndlessAnswerIsCutOffAndRetryable(int status) throws Exception {
        try (HostileHttpServer vendor = HostileHttpServer.endless(status)) {
            DeliveryResult r = assertTimeoutPreemptively(HANG_GUARD,
                    () -> notifier(vendor.baseUrl(), FAST, clock).deliver(notification()));

            assertThat(r.outcome()).isEqualTo(Outcome.RETRYABLE);
            assertThat(r.detail()).contains("HTTP " + status + " but its answer ran past 64 KB; cut off");
            assertThat(vendor.awaitClientGone(HANG_GUARD)).as("the connection was closed, not read on").isTrue();
        }
    }

    @Test
    public void anAnswerTricklingAByteASecondIsCutOffAtTheReadTimeout() throws Exception {
        try (HostileHttpServer vendor = HostileHttpServer.trickle(200, Duration.ofSeconds(1))) {
            DeliveryResult r = assertTimeoutPreemptively(HANG_GUARD,
                    () -> notifier(vendor.baseUrl(), FAST, clock).deliver(notification()));

            assertThat(r.outcome()).isEqualTo(Outcome.RETRYABLE);
            assertThat(r.detail()).contains("HTTP 200 but no complete answer within 1500 ms");
            assertThat(vendor.awaitClientGone(HANG_GUARD)).as("the exchange was cancelled at the deadline").isTrue();
        }
    }

    @Test
    public void aSecretAtTheEdgeOfWhatIsShownOrKeptIsNeverPrinted() {
        for (String secret : secrets()) {
            String start = secret.substring(0, Math.min(8, secret.length()));
            // straddling the 200 characters shown, then the 4 KB kept of a longer answer
            for (String body : List.of("x".repeat(190) + secret, " ".repeat(4090) + secret + " and more".repeat(100))) {
                server.respond(q -> new LoopbackServer.Response(500, Map.of(), body));

                DeliveryResult r = notifier(server.baseUrl(), FAST, clock).deliver(notification());

                assertThat(r.detail()).contains("HTTP 500").doesNotContain(start);
            }
        }
    }

    @Test
    public void aRefusedConnectionIsRetryable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DeliveryResult r = notifier("http://127.0.0.1:" + port, FAST, clock).deliver(notification());

        assertThat(r.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(r.status()).isZero();
    }

    @Test
    public void noSecretInAnyLogLineResultOrToString() throws Exception {
        List<String> printed = new ArrayList<>();
        try (LogCapture logs = new LogCapture()) {
            // the vendor echoes the request, secrets included, as some do in error bodies
            for (int status : new int[] {200, 400, 401, 404, 429, 500, 503}) {
                server.respond(q -> new LoopbackServer.Response(status, Map.of("Retry-After", "1"),
                        "echo " + q.path() + " " + q.headers() + " " + q.body() + " " + String.join(" ", secrets())));
                Notifier n = notifier(server.baseUrl(), FAST, clock);
                DeliveryResult r = n.deliver(notification());
                printed.add(r.toString());
                printed.add(n.toString());
            }
            int deadPort;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                deadPort = s.getLocalPort();
            }
            printed.add(notifier("http://127.0.0.1:" + deadPort, FAST, clock).deliver(notification()).toString());
            printed.addAll(logs.lines());
        }
        assertThat(secrets()).isNotEmpty();
        for (String line : printed) {
            for (String secret : secrets()) {
                assertThat(line).as("printed text must not hold a secret").doesNotContain(secret);
            }
        }
    }
}
