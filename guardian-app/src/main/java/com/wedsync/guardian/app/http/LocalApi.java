package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.text.Printable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guardian's API called in process, without a server: the same routes, body checks, audit and documents as
 * over HTTP. The caller has decided who may call (the Spring Boot starter's actuator endpoint, behind the
 * application's own security), so no token is asked for; the webhooks, which trust only a signature, are not
 * reachable from here.
 */
public final class LocalApi {

    private static final Logger LOG = LoggerFactory.getLogger(LocalApi.class);

    private final List<Route> routes;

    private LocalApi(List<Route> routes) {
        this.routes = routes.stream().filter(r -> r.access() != Route.Access.SIGNED).toList();
    }

    public static LocalApi of(Guardian guardian) {
        RouteTable table = new RouteTable();
        GuardianApi.register(guardian, table);
        return new LocalApi(table.routes());
    }

    /** {@code GET path?query}: the route's answer, or 404/405 as the server would give it. */
    public ApiResponse get(String path, Map<String, String> query) {
        return call("GET", path, query, "");
    }

    /** {@code POST path} with a JSON body (at most 64 KB, as over HTTP). */
    public ApiResponse post(String path, String body) {
        if (body.length() > ApiServer.MAX_BODY) {
            return ApiResponse.error(413, "request body larger than " + ApiServer.MAX_BODY + " bytes");
        }
        return call("POST", path, Map.of(), body);
    }

    private ApiResponse call(String method, String path, Map<String, String> query, String body) {
        RouteTable.Lookup found = RouteTable.find(routes, method, path);
        if (found.match() == null) {
            return found.refusal();
        }
        ApiRequest request = new ApiRequest(method, path, found.match().params(), Map.copyOf(query), body,
                Optional.empty(), Map.of());
        try {
            return found.match().route().handler().apply(request);
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed: {}", method, Printable.escape(path), e.getClass().getSimpleName());
            return ApiResponse.error(500, "internal error");
        }
    }
}
