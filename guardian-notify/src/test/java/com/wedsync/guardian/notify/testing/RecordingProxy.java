package com.wedsync.guardian.notify.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sits between a channel and Prism and remembers what Prism answered, the {@code sl-violations} header
 * included, which the channel itself never exposes.
 */
public final class RecordingProxy implements AutoCloseable {

    /** One forwarded request (its body as sent) and Prism's verdict. */
    public record Exchange(String path, String requestBody, int status, String violations, String responseBody) {
    }

    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "upgrade",
            "http2-settings", "expect", "keep-alive", "transfer-encoding");

    private final String target;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    public RecordingProxy(String target) {
        this.target = target;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::forward);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Every exchange got a 2xx and no {@code sl-violations} header; there were exactly {@code expected}. */
    public void assertAcceptedWithoutViolations(int expected) {
        org.assertj.core.api.Assertions.assertThat(exchanges()).hasSize(expected);
        assertAcceptedWithoutViolations();
    }

    /** Every exchange so far got a 2xx and no {@code sl-violations} header. */
    public void assertAcceptedWithoutViolations() {
        org.assertj.core.api.Assertions.assertThat(exchanges()).allSatisfy(e -> {
            org.assertj.core.api.Assertions.assertThat(e.violations()).as("sl-violations on " + e.path()).isNull();
            org.assertj.core.api.Assertions.assertThat(e.status()).as("status on " + e.path() + ": " + e.responseBody())
                    .isBetween(200, 299);
        });
    }

    private void forward(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI().getRawPath()
                            + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery())))
                    .timeout(Duration.ofSeconds(30))
                    .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            ex.getRequestHeaders().forEach((k, vs) -> {
                if (!HOP_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
                    vs.forEach(v -> b.header(k, v));
                }
            });
            HttpResponse<byte[]> r;
            try {
                r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ex.sendResponseHeaders(502, -1);
                return;
            }
            exchanges.add(new Exchange(ex.getRequestURI().getPath(), new String(body, StandardCharsets.UTF_8), r.statusCode(),
                    r.headers().firstValue("sl-violations").orElse(null), new String(r.body())));
            r.headers().firstValue("Content-Type").ifPresent(v -> ex.getResponseHeaders().add("Content-Type", v));
            ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(r.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
