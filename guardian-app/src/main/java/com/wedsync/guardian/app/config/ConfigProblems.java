package com.wedsync.guardian.app.config;

import java.util.ArrayList;
import java.util.List;

/** Every problem found in a config, each with the path of the value it is about. Collected, never thrown one by one. */
public final class ConfigProblems {

    private final List<String> problems = new ArrayList<>();

    public void add(String path, String message) {
        problems.add(path.isEmpty() ? message : path + ": " + message);
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
