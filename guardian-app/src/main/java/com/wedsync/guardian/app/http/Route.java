package com.wedsync.guardian.app.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One endpoint: {@code METHOD /path/{param}}, who may call it, and its handler. Only a mutation takes a body;
 * the server never reads the body of any other request.
 */
record Route(String method, String[] parts, Access access, Function<ApiRequest, ApiResponse> handler) {

    /** Who may call a route. */
    enum Access {
        /** Anyone, even when a read token is configured: the health check. */
        OPEN,
        /** The read token (or the admin token) when {@code http.readToken} is set; anyone otherwise. */
        READ,
        /** The admin token, always: every mutation. */
        ADMIN,
        /** No token: the handler checks a signature over the body before it does anything (a vendor's webhook). */
        SIGNED
    }

    static Route of(String method, String path, Access access, Function<ApiRequest, ApiResponse> handler) {
        return new Route(method, split(path), access, handler);
    }

    boolean takesBody() {
        return access == Access.ADMIN || access == Access.SIGNED;
    }

    boolean hasPath(String[] path) {
        return matchPath(path).isPresent();
    }

    /** The decoded path parameters when this route answers {@code m} on {@code path}. */
    Optional<Map<String, String>> match(String m, String[] path) {
        return method.equals(m) ? matchPath(path) : Optional.empty();
    }

    private Optional<Map<String, String>> matchPath(String[] path) {
        if (parts.length != path.length) {
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

    /** Decodes one percent-encoded part; a malformed one is an {@link IllegalArgumentException} (a 400). */
    static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/");
    }
}
