package com.wedsync.guardian.calendar.feed;

import com.sun.net.httpserver.HttpServer;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.secret.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 10, item 9: every hop of a redirect is held to the first URL's rule, not only the first. */
class FeedRedirectTest {

    private static final String CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

    private final List<HttpServer> servers = new ArrayList<>();
    private final FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(2), Duration.ofSeconds(5), 1024 * 1024);

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void aRedirectToAHostTheFirstUrlsRuleRefusesIsNotFollowed() throws Exception {
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeTrue(lan.isPresent(), "needs a non-loopback IPv4 address on this machine");
        AtomicInteger reachedBeyond = new AtomicInteger();
        HttpServer beyond = serve(new InetSocketAddress(lan.get(), 0), "/internal", ex -> {
            reachedBeyond.incrementAndGet();
            answer(ex, 200, CALENDAR);
        });
        String target = "http://" + lan.get().getHostAddress() + ":" + beyond.getAddress().getPort() + "/internal";
        HttpServer first = serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/feed.ics", ex -> {
            ex.getResponseHeaders().add("Location", target);
            answer(ex, 302, "");
        });

        assertThatThrownBy(() -> fetcher.fetch(url(first, "/feed.ics"), "uk", null, null))
                .isInstanceOf(CalendarReadException.class)
                .hasMessage("calendar 'uk' (" + Redactor.location(url(first, "/feed.ics").toString())
                        + "): redirected to " + Redactor.location(target) + ", which is refused"
                        + " (only https:, or http: on a loopback host; never https: to http:)");
        assertThat(reachedBeyond).as("the refused host is never contacted").hasValue(0);
    }

    @Test
    void aRedirectWithinTheRuleIsFollowed() throws Exception {
        HttpServer second = serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/moved.ics",
                ex -> answer(ex, 200, CALENDAR));
        HttpServer first = serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/feed.ics", ex -> {
            ex.getResponseHeaders().add("Location", url(second, "/moved.ics").toString());
            answer(ex, 301, "");
        });

        assertThat(fetcher.fetch(url(first, "/feed.ics"), "uk", null, null).body()).isEqualTo(CALENDAR);
    }

    @Test
    void aRedirectLoopEndsAfterFiveHops() throws Exception {
        HttpServer loop = serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/feed.ics", ex -> {
            ex.getResponseHeaders().add("Location", "/feed.ics");
            answer(ex, 307, "");
        });

        assertThatThrownBy(() -> fetcher.fetch(url(loop, "/feed.ics"), "uk", null, null))
                .hasMessageEndingWith(": more than 5 redirects");
    }

    private interface Handler {
        void handle(com.sun.net.httpserver.HttpExchange ex) throws IOException;
    }

    private HttpServer serve(InetSocketAddress at, String path, Handler handler) throws IOException {
        HttpServer s = HttpServer.create(at, 0);
        s.createContext(path, ex -> {
            try (ex) {
                handler.handle(ex);
            }
        });
        s.start();
        servers.add(s);
        return s;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static URI url(HttpServer s, String path) {
        return URI.create("http://127.0.0.1:" + s.getAddress().getPort() + path);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            Optional<InetAddress> v4 = nic.inetAddresses().filter(a -> a instanceof Inet4Address).findFirst();
            if (v4.isPresent()) {
                return v4;
            }
        }
        return Optional.empty();
    }
}
