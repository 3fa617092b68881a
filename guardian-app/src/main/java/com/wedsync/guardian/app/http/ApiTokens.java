package com.wedsync.guardian.app.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may call what: mutations need the admin token (refused outright when none is configured); reads need the
 * read token or the admin token when a read token is configured, and nothing otherwise. Tokens are compared in
 * constant time and never appear in an answer.
 */
record ApiTokens(String admin, String read) {

    /** The refusal for a caller bearing {@code bearer}, or empty when the route may run. */
    Optional<ApiResponse> refusal(Route.Access access, Optional<String> bearer) {
        return switch (access) {
            case OPEN, SIGNED -> Optional.empty();
            case READ -> read == null || matches(bearer, read) || matches(bearer, admin) ? Optional.empty()
                    : Optional.of(ApiResponse.error(401,
                    "this endpoint needs Authorization: Bearer <read token> (http.readToken) or the admin token"));
            case ADMIN -> admin == null
                    ? Optional.of(ApiResponse.error(403, "mutations are disabled: no admin token is configured (http.adminToken)"))
                    : matches(bearer, admin) ? Optional.empty()
                    : Optional.of(ApiResponse.error(401, "this endpoint needs Authorization: Bearer <admin token>"));
        };
    }

    static Optional<String> bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    private static boolean matches(Optional<String> bearer, String token) {
        return token != null && bearer.isPresent() && MessageDigest.isEqual(
                bearer.get().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
