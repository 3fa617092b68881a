package com.wedsync.guardian.app.http;

import java.util.Map;

/** A status, a content type and a body. Errors are JSON objects with an {@code error} field. */
public record ApiResponse(int status, String contentType, String body) {

    public static final String JSON = "application/json; charset=utf-8";

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, JSON, Json.write(value));
    }

    public static ApiResponse ok(Object value) {
        return json(200, value);
    }

    public static ApiResponse error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    public static ApiResponse text(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, body);
    }
}
