package com.wedsync.guardian.app.http;

import java.util.Map;
import java.util.Optional;

/**
 * One request as a route sees it: the path's named parts, the query, the body, the bearer token, and its headers
 * (first value of each, looked up without regard to case).
 */
public record ApiRequest(String method, String path, Map<String, String> pathParams, Map<String, String> query,
                         String body, Optional<String> bearerToken, Map<String, String> headers) {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public String param(String name) {
        return pathParams.getOrDefault(name, "");
    }
}
