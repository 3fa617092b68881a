package com.wedsync.guardian.app.config;

import java.util.List;

/** What a config that cannot be used is reported as: every problem, each with its path, thrown once. */
public final class ConfigProblems {

    private ConfigProblems() {
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
