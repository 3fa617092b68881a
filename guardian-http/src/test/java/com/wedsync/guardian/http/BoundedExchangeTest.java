package com.wedsync.guardian.http;

import com.wedsync.guardian.http.testing.HostileHttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The bounded reader against real servers on loopback: an endless body is cut at the read limit, a trickling one at
 * the deadline, and either way the connection is closed (the server's next write fails) instead of read on.
 * The preemptive time-outs only stop a hang; they time nothing.
 */
class BoundedExchangeTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final Duration DEADLINE = Duration.ofMillis(1500);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicReference<BoundedBody> reader = new AtomicReference<>();

    private HttpResponse<byte[]> get(HostileHttpServer server, Supplier<BoundedBody> body) throws Exception {
        return BoundedExchange.send(client, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/x")).build(),
                info -> {
                    reader.set(body.get());
                    return reader.get();
                }, DEADLINE);
    }

    @Test
    void anEndlessBodyIsCutAtTheReadLimitAndTheConnectionClosed() throws Exception {
        try (HostileHttpServer server = HostileHttpServer.endless(200)) {
            assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> get(server, () -> BoundedBody.whole(65_536)))
                    .isInstanceOf(BoundedBody.TooLarge.class).hasMessageContaining("larger than 65536 bytes"));

            assertThat(reader.get().read()).as("read no more than the limit").isLessThanOrEqualTo(65_536);
            assertThat(server.awaitClientGone(HANG_GUARD)).as("the client hung up").isTrue();
        }
    }

    @Test
    void aHeadKeepsItsFirstBytesDropsTheRestAndStillEndsAnEndlessErrorPage() throws Exception {
        try (HostileHttpServer server = HostileHttpServer.endless(500)) {
            assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> get(server, () -> BoundedBody.head(4096, 65_536)))
                    .isInstanceOf(BoundedBody.TooLarge.class));
            assertThat(server.awaitClientGone(HANG_GUARD)).isTrue();
        }
        try (HostileHttpServer server = HostileHttpServer.sized(500, 20_000)) {
            HttpResponse<byte[]> r = get(server, () -> BoundedBody.head(4096, 65_536));

            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).hasSize(4096);
            assertThat(reader.get().read()).as("the whole answer was read, so the connection can be reused").isEqualTo(20_000);
        }
    }

    @Test
    void aCutStopsQuietlyAfterItsBytes() throws Exception {
        try (HostileHttpServer server = HostileHttpServer.endless(404)) {
            HttpResponse<byte[]> r = assertTimeoutPreemptively(HANG_GUARD, () -> get(server, () -> BoundedBody.cut(4096)));

            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).hasSize(4096);
        }
    }

    @Test
    void aBodyThatTricklesIsCancelledAtTheDeadlineWithTheStatusItHadGiven() throws Exception {
        try (HostileHttpServer server = HostileHttpServer.trickle(200, Duration.ofSeconds(1))) {
            assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> get(server, () -> BoundedBody.whole(65_536)))
                    .isInstanceOfSatisfying(BoundedExchange.IncompleteBody.class, e -> {
                        assertThat(e.status()).isEqualTo(200);
                        assertThat(e).hasMessage("HTTP 200 answered but its body was not complete within 1500 ms");
                    }));

            assertThat(server.awaitClientGone(HANG_GUARD)).as("the exchange was cancelled, not left reading").isTrue();
        }
    }

    @Test
    void aWellBehavedAnswerIsReadWhole() throws Exception {
        try (HostileHttpServer server = HostileHttpServer.sized(201, 65_536)) {
            HttpResponse<byte[]> r = get(server, () -> BoundedBody.whole(65_536));

            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(r.body()).hasSize(65_536);
        }
    }

    @Test
    void noHeadersInTimeIsATimeOutWithoutABody() throws Exception {
        // Accepts the connection (the backlog does) and never answers.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/")).build();

            assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> BoundedExchange.send(client, r,
                    info -> BoundedBody.whole(10), DEADLINE))
                    .isInstanceOf(HttpTimeoutException.class).isNotInstanceOf(BoundedExchange.IncompleteBody.class)
                    .hasMessage("no answer within 1500 ms"));
        }
    }

    @Test
    void limitsAreCheckedWhenMade() {
        assertThatThrownBy(() -> BoundedBody.head(10, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keep was 10 and limit 5");
    }
}
