package com.wedsync.guardian.app.http;

import java.util.Map;
import java.util.Optional;

/** One request as a route sees it: the path's named parts, the query, the body, the bearer token. */
public record ApiRequest(String method, String path, Map<String, String> pathParams, Map<String, String> query,
                         String body, Optional<String> bearerToken) {

    public String param(String name) {
        return pathParams.getOrDefault(name, "");
    }
}
