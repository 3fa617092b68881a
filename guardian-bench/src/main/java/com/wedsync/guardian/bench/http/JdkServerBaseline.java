package com.wedsync.guardian.bench.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The API server as it was before issue 10: the JDK's {@code HttpServer}, four worker threads, and every request's
 * body read (up to 64 KB) before the route runs. Kept here only as the baseline the new server is measured against.
 */
final class JdkServerBaseline implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;

    JdkServerBaseline(Routes routes) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "baseline-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", exchange -> serve(exchange, routes));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, Routes routes) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readNBytes(64 * 1024 + 1), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            Routes.Answer a = routes.answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), auth, body);
            byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(a.status(), out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
