package com.wedsync.guardian.jdbc.outbox;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The {@code reached} column: the recipient keys earlier attempts reached, sorted and comma-separated. */
final class ReachedColumn {

    private static final String SEPARATOR = ",";

    private ReachedColumn() {
    }

    static String write(Set<String> keys) {
        for (String k : keys) {
            if (k.isEmpty() || k.contains(SEPARATOR)) {
                throw new IllegalArgumentException("a reached recipient key must be non-empty and hold no comma");
            }
        }
        return String.join(SEPARATOR, new TreeSet<>(keys));
    }

    static Set<String> read(String column) {
        if (column == null || column.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(column.split(SEPARATOR)).collect(Collectors.toUnmodifiableSet());
    }
}
