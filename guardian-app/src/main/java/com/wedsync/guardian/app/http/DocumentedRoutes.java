package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.api.Endpoint;
import com.wedsync.guardian.app.api.Endpoint.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Registers a route on the server together with what it answers, so that the OpenAPI description lists exactly
 * the routes there are. The server's own refusals are added to every route they apply to: 400 for a malformed
 * path and 500 everywhere; 401 on a read route (when a read token is configured); 401, 403, 408 and 413 on a
 * mutating route, the only kind whose body is read.
 */
final class DocumentedRoutes {

    private final RouteTable api;
    private final List<Endpoint> endpoints = new ArrayList<>();

    DocumentedRoutes(RouteTable api) {
        this.api = api;
    }

    DocumentedRoutes get(String path, String summary, List<Reply> replies, Function<ApiRequest, ApiResponse> handler) {
        api.get(path, handler);
        endpoints.add(new Endpoint("GET", path, summary, false, withServers(replies, false)));
        return this;
    }

    /** A mutating route: needs the admin bearer token. */
    DocumentedRoutes post(String path, String summary, List<Reply> replies, Function<ApiRequest, ApiResponse> handler) {
        api.post(path, handler);
        endpoints.add(new Endpoint("POST", path, summary, true, withServers(replies, true)));
        return this;
    }

    /** A webhook: no bearer token; the handler verifies the sender's signature over the body. */
    DocumentedRoutes webhook(String path, String summary, List<Reply> replies, Function<ApiRequest, ApiResponse> handler) {
        api.webhook(path, handler);
        endpoints.add(new Endpoint("POST", path, summary, false, withServers(replies, false)));
        return this;
    }

    List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    private static List<Reply> withServers(List<Reply> replies, boolean admin) {
        List<Reply> all = new ArrayList<>(replies);
        List<Integer> server = admin ? List.of(400, 401, 403, 408, 413, 500) : List.of(400, 401, 500);
        server.stream().filter(status -> all.stream().noneMatch(r -> r.status() == status))
                .forEach(status -> all.add(Reply.error(status)));
        return all;
    }
}
