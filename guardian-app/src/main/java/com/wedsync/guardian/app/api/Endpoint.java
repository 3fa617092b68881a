package com.wedsync.guardian.app.api;

import java.util.List;

/**
 * One route of the HTTP API as the OpenAPI description shows it: method, path ({@code /api/pools/{name}}), what it
 * does, whether it needs the admin token, and every response it can give.
 */
public record Endpoint(String method, String path, String summary, boolean admin, List<Reply> replies) {

    public Endpoint {
        replies = List.copyOf(replies);
    }

    /** A status and its body: a document record (or a list of them), or text of a media type. */
    public record Reply(int status, Class<?> document, boolean list, String mediaType) {

        public static final String JSON = "application/json";

        public static Reply json(int status, Class<?> document) {
            return new Reply(status, document, false, JSON);
        }

        public static Reply list(int status, Class<?> document) {
            return new Reply(status, document, true, JSON);
        }

        /** An error: {@code {"error": "..."}}. */
        public static Reply error(int status) {
            return json(status, OperatorDocs.ErrorDoc.class);
        }

        public static Reply text(int status, String mediaType) {
            return new Reply(status, String.class, false, mediaType);
        }
    }
}
