package com.wedsync.guardian.app.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 4: slow clients must not freeze the API. On the JDK server with four workers, four stalled
 * connections blocked every other request for as long as they stayed open.
 */
class SlowClientsTest {

    private static final String TOKEN = "t0ken";
    /** How long a test waits for an answer: far above the 1 s the API must keep, so a loaded machine passes. */
    private static final Duration ANSWER = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER).build();
    private final List<String> overrides = new CopyOnWriteArrayList<>();
    private ApiServer server;

    @BeforeEach
    void start() throws Exception {
        server = ApiServer.builder()
                .adminToken(TOKEN)
                .readTimeout(Duration.ofMillis(500))
                .get("/healthz", req -> ApiResponse.ok(Map.of("status", "ok")))
                .post("/api/overrides", req -> {
                    overrides.add(req.body());
                    return ApiResponse.json(201, Map.of("granted", true));
                })
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(ANSWER);
    }

    @Test
    void healthAndAnAuthorisedOverrideAnswerWhileFiftySlowClientsAreConnected() throws Exception {
        try (SlowClients slow = SlowClients.open(server.port(), 50, TOKEN)) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> health = client.send(at("/healthz").build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> override = client.send(at("/api/overrides").header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"actor\": \"ana\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(override.statusCode()).isEqualTo(201);
            }
            assertThat(overrides).as("no partial body reached the route").containsOnly("{\"actor\": \"ana\"}");
        }
    }

    @Test
    void aConnectionThatNeverFinishesItsHeadersIsClosedAfterTheReadTimeout() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            s.getOutputStream().write(SlowClients.ascii("GET /healthz HTTP/1.1\r\nHost: guardian\r\nX-Slow: "));
            s.getOutputStream().flush();
            s.setSoTimeout((int) ANSWER.toMillis());

            assertThat(readAll(s.getInputStream())).as("closed without an answer").isEmpty();
        }
    }

    @Test
    void aGetIsAnsweredWithoutWaitingForABodyItNeverFinishes() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            s.getOutputStream().write(SlowClients.ascii(
                    "GET /healthz HTTP/1.1\r\nHost: guardian\r\nConnection: close\r\nContent-Length: 100000\r\n\r\n{\"a\""));
            s.getOutputStream().flush();
            s.setSoTimeout((int) ANSWER.toMillis());

            String answer = readAll(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"status\"");
        }
    }

    @Test
    void aPostBodyThatStopsHalfWayIsRefusedAfterTheReadTimeoutAndNeverReachesTheRoute() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            OutputStream out = s.getOutputStream();
            out.write(SlowClients.ascii("POST /api/overrides HTTP/1.1\r\nHost: guardian\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Length: 1000\r\n\r\n{\"actor\""));
            out.flush();
            s.setSoTimeout((int) ANSWER.toMillis());

            String answer = readAll(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 408").contains("\"error\"", "request body");
            assertThat(overrides).isEmpty();
        }
    }

    /**
     * Seen once in four runs of OpenApiContractTest: a client still sending a 70 KB body read a reset instead of the
     * 413, since the server had answered and closed. A body up to a megabyte is now read and dropped first.
     */
    @Test
    void aClientThatSendsATooLargeBodyWholeReadsThe413AndKeepsItsConnection() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            s.setSoTimeout((int) ANSWER.toMillis());
            var out = s.getOutputStream();
            out.write(SlowClients.ascii("POST /api/overrides HTTP/1.1\r\nHost: guardian\r\nAuthorization: Bearer "
                    + TOKEN + "\r\nContent-Length: 70000\r\n\r\n"));
            for (int i = 0; i < 70; i++) {
                out.write(SlowClients.ascii("x".repeat(1000)));
            }
            out.write(SlowClients.ascii("GET /healthz HTTP/1.1\r\nHost: guardian\r\nConnection: close\r\n\r\n"));
            out.flush();

            String answers = readAll(s.getInputStream());
            assertThat(answers).startsWith("HTTP/1.1 413").contains("larger than 65536 bytes");
            assertThat(answers.indexOf("HTTP/1.1 200")).as("the next request on the same connection is answered")
                    .isGreaterThan(0);
            assertThat(overrides).isEmpty();
        }
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            s.getOutputStream().write(SlowClients.ascii("POST /api/overrides HTTP/1.1\r\nHost: guardian\r\nAuthorization: Bearer "
                    + TOKEN + "\r\nContent-Length: 10000000\r\n\r\n{"));
            s.getOutputStream().flush();
            s.setSoTimeout((int) ANSWER.toMillis());

            assertThat(readAll(s.getInputStream())).startsWith("HTTP/1.1 413").contains("\"error\"");
            assertThat(overrides).isEmpty();
        }
    }

    /** Everything the server sends until it closes the connection (or the socket's read deadline passes). */
    private static String readAll(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
