package com.wedsync.guardian.config;

/**
 * What a reader does to each text value before it is parsed: {@link #NONE} for a request body or a channel
 * entry handed over in code; {@link EnvironmentVariables} for {@code guardian.yaml}.
 */
@FunctionalInterface
public interface Substitution {

    Substitution NONE = (raw, path, problems) -> raw;

    /** The text to parse; a problem with the substitution itself (an unset variable) goes to {@code problems}. */
    String apply(String raw, String path, Problems problems);
}
