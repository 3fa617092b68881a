package com.wedsync.guardian.calendar;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on loopback serving one feed path, whose answer a test switches between a
 * calendar, error statuses, HTML, garbage, an endless body and a stalled body. Feeds are fetched
 * over http: here, which the fetcher allows only for loopback hosts; production feeds are https:.
 */
final class LoopbackFeed implements AutoCloseable {

    enum Mode { CALENDAR, NOT_FOUND, SERVER_ERROR, HTML, GARBAGE, ENDLESS, STALL }

    final AtomicReference<Mode> mode = new AtomicReference<>(Mode.CALENDAR);
    final AtomicReference<String> body = new AtomicReference<>("");
    final AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpServer server;

    LoopbackFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/calendar/secret-token-abc123/basic.ics", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-feed");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/calendar/secret-token-abc123/basic.ics";
    }

    private void handle(HttpExchange ex) throws IOException {
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        ifNoneMatch.add(inm == null ? "" : inm);
        switch (mode.get()) {
            case CALENDAR -> {
                if (etag.get().equals(inm)) {
                    ex.sendResponseHeaders(304, -1);
                } else {
                    ex.getResponseHeaders().add("ETag", etag.get());
                    ex.getResponseHeaders().add("Content-Type", "text/calendar; charset=UTF-8");
                    send(ex, 200, body.get());
                }
            }
            case NOT_FOUND -> send(ex, 404, "Not Found");
            case SERVER_ERROR -> send(ex, 500, "Internal Server Error");
            case HTML -> send(ex, 200, "<!DOCTYPE html><html><body>Sign in to Google</body></html>");
            case GARBAGE -> send(ex, 200, "\u0000\u0001PK\u0003\u0004 definitely not a calendar");
            case ENDLESS -> {
                ex.sendResponseHeaders(200, 0);
                byte[] chunk = "BEGIN:VEVENT\r\nSUMMARY:again\r\n".repeat(256).getBytes(StandardCharsets.UTF_8);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
                    while (true) {
                        out.write(chunk);
                    }
                } catch (IOException clientWentAway) {
                    // the fetcher cancelled: what we wanted
                }
            }
            case STALL -> {
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | IOException e) {
                    // released at close
                }
            }
        }
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
