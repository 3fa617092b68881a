package com.wedsync.guardian.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every problem found in one input, each with its path; collected, never thrown one by one. */
public final class Problems {

    private final Set<Problem> problems = new LinkedHashSet<>();
    /** Paths whose value names an unset environment variable: that one problem says all there is to say. */
    private final Set<String> unset = new HashSet<>();

    /** A problem at {@code path}; dropped when the value there is empty only because its variable is unset. */
    public void add(String path, String message) {
        add(new Problem(path, message));
    }

    public void add(Problem problem) {
        if (!unset.contains(problem.path())) {
            problems.add(problem);
        }
    }

    /** The value at {@code path} names the unset environment variable {@code name}. */
    public void unsetVariable(String path, String name) {
        add(path, "environment variable " + name + " is not set");
        unset.add(path);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    /** Every problem as config reports it ({@code path: message}), in the order found. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        problems.forEach(p -> out.add(p.toString()));
        return out;
    }
}
