package com.wedsync.guardian.spring;

import java.util.List;

/**
 * Why the guardian cannot start in this application: every problem at once, each naming its property. Boot prints
 * it through {@link GuardianFailureAnalyzer}, without a stack trace.
 */
public final class GuardianStartupException extends RuntimeException {

    private final List<String> problems;
    private final String action;

    GuardianStartupException(String summary, List<String> problems, String action) {
        super(summary + (problems.isEmpty() ? "" : ":\n  - " + String.join("\n  - ", problems)));
        this.problems = List.copyOf(problems);
        this.action = action;
    }

    /** Each problem, with the property it is about. */
    public List<String> problems() {
        return problems;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
