package com.wedsync.guardian.bench.http;

import com.wedsync.guardian.app.http.ApiServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Issue 10, item 4: latency of {@code GET /healthz} and an authorised {@code POST /api/overrides} with 0 and with N
 * slow clients connected, on the old API server (JDK {@code HttpServer}, four workers, every body read) and on the
 * new one (Jetty, {@link ApiServer}), in one run. Requests are sequential; one that takes longer than 5 s counts as
 * timed out, one whose connection the server resets as reset, and after five of those the phase stops.
 * Usage: {@code SlowClientsLatency [clients=50] [requests=200] [jdk|jdk-limits|jetty ...]}; {@code jdk-limits} runs
 * the old server with the JDK's own limits ({@code sun.net.httpserver.maxReqTime=1}, {@code maxReqHeaders=50},
 * {@code idleInterval=1}) and must be the only server of its run, since the JDK reads them once per JVM.
 */
public final class SlowClientsLatency {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_TIMEOUTS = 5;

    private SlowClientsLatency() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> servers = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("jdk", "jetty");
        if (servers.contains("jdk-limits")) {
            System.setProperty("sun.net.httpserver.maxReqTime", "1");
            System.setProperty("sun.net.httpserver.maxReqHeaders", "50");
            System.setProperty("sun.net.httpserver.idleInterval", "1");
        }
        System.out.printf(Locale.ROOT, "%-11s %7s %-9s %6s %8s %8s %8s %9s %6s %9s%n", "server", "clients", "request", "ok",
                "p50 ms", "p99 ms", "worst ms", "timed out", "reset", "replaced");
        Routes routes = new Routes();
        for (String name : servers) {
            for (int slow : new int[] {0, clients}) {
                if (name.equals("jetty")) {
                    try (ApiServer server = routes.register(ApiServer.builder()).start("127.0.0.1", 0)) {
                        measure(name, server.port(), slow, requests);
                    }
                } else {
                    try (JdkServerBaseline server = new JdkServerBaseline(routes)) {
                        measure(name, server.port(), slow, requests);
                    }
                }
            }
        }
    }

    private static void measure(String server, int port, int slow, int requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        URI health = URI.create("http://127.0.0.1:" + port + "/healthz");
        URI overrides = URI.create("http://127.0.0.1:" + port + "/api/overrides");
        for (int i = 0; i < 20; i++) {
            call(http, HttpRequest.newBuilder(health).timeout(TIMEOUT).build());
        }
        try (SlowLoad load = slow > 0 ? new SlowLoad(port, slow) : null) {
            List<Long> healthMs = new ArrayList<>();
            List<Long> overrideMs = new ArrayList<>();
            int[] timedOut = new int[2];
            int[] reset = new int[2];
            for (int i = 0; i < requests && timedOut[0] + timedOut[1] + reset[0] + reset[1] < MAX_TIMEOUTS; i++) {
                boolean isHealth = i % 2 == 0;
                HttpRequest r = isHealth ? HttpRequest.newBuilder(health).timeout(TIMEOUT).build()
                        : HttpRequest.newBuilder(overrides).timeout(TIMEOUT).header("Authorization", "Bearer " + Routes.TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"actor\": \"ana\", \"reason\": \"bench\", \"ttl\": \"1h\","
                                + " \"pool\": \"orders\", \"action\": \"shrink\"}")).build();
                long ms = call(http, r);
                if (ms == -2) {
                    reset[isHealth ? 0 : 1]++;
                } else if (ms < 0) {
                    timedOut[isHealth ? 0 : 1]++;
                } else {
                    (isHealth ? healthMs : overrideMs).add(ms);
                }
            }
            long replaced = load == null ? 0 : load.replaced();
            print(server, slow, "healthz", healthMs, timedOut[0], reset[0], replaced);
            print(server, slow, "override", overrideMs, timedOut[1], reset[1], replaced);
        }
    }

    /** Milliseconds to a complete answer; -1 when none came within the timeout, -2 when the server reset the connection. */
    private static long call(HttpClient http, HttpRequest r) throws Exception {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(r.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return (System.nanoTime() - start) / 1_000_000;
        } catch (HttpTimeoutException e) {
            return -1;
        } catch (java.io.IOException e) {
            return -2;
        }
    }

    private static void print(String server, int slow, String request, List<Long> ms, int timedOut, int reset, long replaced) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        String p50 = sorted.isEmpty() ? "-" : String.valueOf(sorted.get(sorted.size() / 2));
        String p99 = sorted.isEmpty() ? "-" : String.valueOf(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)));
        String worst = timedOut > 0 ? ">" + TIMEOUT.toMillis() : sorted.isEmpty() ? "-" : String.valueOf(sorted.get(sorted.size() - 1));
        System.out.printf(Locale.ROOT, "%-11s %7d %-9s %6d %8s %8s %8s %9d %6d %9d%n", server, slow, request, sorted.size(), p50,
                p99, worst, timedOut, reset, replaced);
    }
}
