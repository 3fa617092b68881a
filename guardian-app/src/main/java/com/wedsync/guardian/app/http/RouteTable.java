package com.wedsync.guardian.app.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The API's routes, apart from any server: {@link ApiServer} serves them over HTTP, {@link LocalApi} calls them in
 * process (the Spring Boot starter's actuator endpoint), so both answer with the same code and documents.
 */
public final class RouteTable {

    private final List<Route> routes = new ArrayList<>();
    private final Set<String> openPaths = new HashSet<>();

    /** A read route: open, or behind the read token when one is configured. */
    public RouteTable get(String path, Function<ApiRequest, ApiResponse> handler) {
        routes.add(Route.of("GET", path, Route.Access.READ, handler));
        return this;
    }

    /** Makes the read route at {@code path} callable by anyone, even when a read token is configured: the health check. */
    public RouteTable open(String path) {
        openPaths.add(String.join("/", Route.split(path)));
        return this;
    }

    /** A mutating route: needs the admin bearer token over HTTP; the only kind whose body is read. */
    public RouteTable post(String path, Function<ApiRequest, ApiResponse> handler) {
        routes.add(Route.of("POST", path, Route.Access.ADMIN, handler));
        return this;
    }

    /** A webhook: no bearer token, its body read; the handler must verify the sender's signature first. */
    public RouteTable webhook(String path, Function<ApiRequest, ApiResponse> handler) {
        routes.add(Route.of("POST", path, Route.Access.SIGNED, handler));
        return this;
    }

    /** Every route, the open paths' read routes marked open. */
    List<Route> routes() {
        return routes.stream().map(r -> r.access() == Route.Access.READ && openPaths.contains(String.join("/", r.parts()))
                ? new Route(r.method(), r.parts(), Route.Access.OPEN, r.handler()) : r).toList();
    }

    /** The route answering {@code method} on {@code path}, with its decoded path parameters. */
    record Match(Route route, Map<String, String> params) {
    }

    /**
     * The route for {@code method path}, or why there is none: 404 for an unknown path, 405 for a known path and
     * another method, 400 for malformed percent-encoding.
     */
    static Lookup find(List<Route> routes, String method, String rawPath) {
        String[] path = Route.split(rawPath);
        boolean pathKnown = false;
        for (Route route : routes) {
            pathKnown |= route.hasPath(path);
            Optional<Map<String, String>> params;
            try {
                params = route.match(method, path);
            } catch (IllegalArgumentException malformed) {
                return new Lookup(null, ApiResponse.error(400, "malformed percent-encoding in the path"));
            }
            if (params.isPresent()) {
                return new Lookup(new Match(route, params.get()), null);
            }
        }
        return new Lookup(null, pathKnown ? ApiResponse.error(405, "method " + method + " not allowed here")
                : ApiResponse.error(404, "no such endpoint: " + rawPath));
    }

    /** Either a match or the refusal to answer with. */
    record Lookup(Match match, ApiResponse refusal) {
    }
}
