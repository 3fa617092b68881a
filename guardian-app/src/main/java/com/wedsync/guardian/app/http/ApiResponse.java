package com.wedsync.guardian.app.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** A status, a content type and a body. Errors are JSON objects with an {@code error} field. */
public record ApiResponse(int status, String contentType, String body) {

    private static final Logger LOG = LoggerFactory.getLogger(ApiResponse.class);

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

    /**
     * 503 for a change refused because its audit entry could not be written (write-ahead: nothing was changed).
     * The store's own error goes to the log, not to the caller.
     */
    public static ApiResponse notAudited(String what, RuntimeException cause) {
        LOG.error("{} was refused: {}", what, cause.getMessage());
        return error(503, what + " was not made: the audit log cannot be written now, so nothing was changed;"
                + " try again once the guardian's store is back");
    }

    public static ApiResponse text(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, body);
    }
}
