package com.wedsync.guardian.app.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every problem found in a config, each with the path of the value it is about. Collected, never thrown one by one. */
public final class ConfigProblems {

    private final List<String> problems = new ArrayList<>();
    /** Paths whose value names an unset environment variable: that one problem says all there is to say. */
    private final Set<String> unset = new HashSet<>();

    /** A problem at {@code path}; dropped when the value there is empty only because its variable is unset. */
    public void add(String path, String message) {
        if (!unset.contains(path)) {
            problems.add(path.isEmpty() ? message : path + ": " + message);
        }
    }

    /** The value at {@code path} names the unset environment variable {@code name}. */
    void unsetVariable(String path, String name) {
        add(path, "environment variable " + name + " is not set");
        unset.add(path);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> all() {
        return List.copyOf(problems);
    }

    /** Thrown once, with every problem, when a config cannot be used. */
    public static final class InvalidConfigException extends RuntimeException {
        private final List<String> problems;

        public InvalidConfigException(String source, List<String> problems) {
            super(source + ": " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
