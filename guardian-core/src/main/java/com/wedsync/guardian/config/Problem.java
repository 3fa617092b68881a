package com.wedsync.guardian.config;

import java.util.Objects;

/**
 * One thing wrong with an input, at the path of the value it is about ({@code alerts.channels[0].url}, or ""
 * for the whole input). The message follows the path and never holds a secret's value.
 */
public record Problem(String path, String message, Kind kind) {

    /** What the problem is about: a value, or a key the section does not declare. */
    public enum Kind { VALUE, UNKNOWN_KEY }

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank, but was '" + message + "'");
        }
    }

    public Problem(String path, String message) {
        this(path, message, Kind.VALUE);
    }

    /** The last key of the path: {@code url} of {@code alerts.channels[0].url}. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** As config reports it: {@code path: message}. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }

    /** As a request body's 400 says it: {@code path message}. */
    public String inline() {
        return path.isEmpty() ? message : path + " " + message;
    }
}
