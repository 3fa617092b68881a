package com.wedsync.guardian.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The guardian's HTTP API on the JDK's server. Routes are {@code METHOD /path/{param}}; every mutating
 * route requires {@code Authorization: Bearer <admin token>} (401 without, 403 when none is configured).
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** A request body larger than this is refused: the API takes small JSON documents only. */
    private static final int MAX_BODY = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;

    private ApiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private record Route(String method, String[] parts, boolean admin, Function<ApiRequest, ApiResponse> handler) {
        Optional<Map<String, String>> match(String m, String[] path) {
            if (!method.equals(m) || parts.length != path.length) {
                return Optional.empty();
            }
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith("{") && parts[i].endsWith("}")) {
                    params.put(parts[i].substring(1, parts[i].length() - 1), decode(path[i]));
                } else if (!parts[i].equals(path[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }
    }

    /** Collects routes, then binds. */
    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();
        private String adminToken;

        public Builder get(String path, Function<ApiRequest, ApiResponse> handler) {
            routes.add(new Route("GET", split(path), false, handler));
            return this;
        }

        /** A mutating route: needs the admin bearer token. */
        public Builder post(String path, Function<ApiRequest, ApiResponse> handler) {
            routes.add(new Route("POST", split(path), true, handler));
            return this;
        }

        public Builder adminToken(String token) {
            this.adminToken = token;
            return this;
        }

        public ApiServer start(String host, int port) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "guardian-http");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            List<Route> frozen = List.copyOf(routes);
            String token = adminToken;
            server.createContext("/", exchange -> serve(exchange, frozen, token));
            server.start();
            return new ApiServer(server, executor);
        }
    }

    private static void serve(HttpExchange exchange, List<Route> routes, String adminToken) throws IOException {
        try (exchange) {
            ApiResponse response;
            try {
                response = dispatch(exchange, routes, adminToken);
            } catch (RuntimeException e) {
                LOG.warn("HTTP {} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        e.getClass().getSimpleName());
                response = ApiResponse.error(500, "internal error");
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static ApiResponse dispatch(HttpExchange exchange, List<Route> routes, String adminToken)
            throws IOException {
        String method = exchange.getRequestMethod();
        String[] path = split(exchange.getRequestURI().getRawPath());
        boolean pathKnown = false;
        for (Route route : routes) {
            if (route.parts.length == path.length && route.match(route.method, path).isPresent()) {
                pathKnown = true;
            }
            Optional<Map<String, String>> params = route.match(method, path);
            if (params.isEmpty()) {
                continue;
            }
            Optional<String> bearer = bearer(exchange);
            if (route.admin) {
                if (adminToken == null) {
                    return ApiResponse.error(403, "mutations are disabled: no admin token is configured (http.adminToken)");
                }
                if (bearer.isEmpty() || !constantTimeEquals(bearer.get(), adminToken)) {
                    return ApiResponse.error(401, "this endpoint needs Authorization: Bearer <admin token>");
                }
            }
            String body = readBody(exchange.getRequestBody());
            if (body == null) {
                return ApiResponse.error(413, "request body larger than " + MAX_BODY + " bytes");
            }
            return route.handler.apply(new ApiRequest(method, exchange.getRequestURI().getPath(), params.get(),
                    query(exchange.getRequestURI().getRawQuery()), body, bearer));
        }
        return pathKnown ? ApiResponse.error(405, "method " + method + " not allowed here")
                : ApiResponse.error(404, "no such endpoint: " + exchange.getRequestURI().getPath());
    }

    private static Optional<String> bearer(HttpExchange exchange) {
        String h = exchange.getRequestHeaders().getFirst("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(h.substring(7).trim());
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        return bytes.length > MAX_BODY ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/");
    }
}
