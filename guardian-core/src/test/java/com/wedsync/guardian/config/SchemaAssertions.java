package com.wedsync.guardian.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every section's schema test makes: each setting has its one line of doc, its default lies
 * within its bounds, and the default as the reference prints it reads back as the same value (so what the
 * README shows can be copied into guardian.yaml).
 */
public final class SchemaAssertions {

    private SchemaAssertions() {
    }

    public static void assertWellDeclared(Section section) {
        List<String> problems = new ArrayList<>();
        walk(section, section.key().isEmpty() ? "" : section.key() + ".", problems);
        assertThat(problems).as("declaration problems of " + section.key()).isEmpty();
        assertThat(ConfigReference.rows(Section.of("", "wrapper", section))).as("settings of " + section.key()).isNotEmpty();
    }

    private static void walk(Section section, String prefix, List<String> problems) {
        for (Member m : section.members()) {
            if (m.doc() == null || m.doc().isBlank()) {
                problems.add(prefix + m.key() + ": no doc");
            }
            if (m instanceof Setting<?> s) {
                check(s, prefix + s.key(), problems);
            } else if (m instanceof Section s) {
                walk(s, prefix + s.key() + ".", problems);
            } else if (m instanceof Entries e) {
                walk(e.entry(), prefix + e.key() + "[].", problems);
                e.variants().forEach((v, s) -> walk(s, prefix + e.key() + "[" + v + "].", problems));
            } else if (m instanceof Named n) {
                walk(n.element(), prefix + n.key() + ".<name>.", problems);
            }
        }
    }

    private static <T> void check(Setting<T> s, String path, List<String> problems) {
        T value = s.defaultValue();
        if (value == null) {
            return;
        }
        s.type().problem(value).ifPresent(p -> problems.add(path + ": default " + p));
        if (s.type() instanceof ValueType.Scalar<T> scalar && !scalar.name().equals("secret")) {
            roundTrip(scalar, value, path, problems);
        } else if (s.type() instanceof ValueType.ListOf<?> list) {
            for (Object element : (List<?>) value) {
                roundTripElement(list.element(), element, path, problems);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <E> void roundTripElement(ValueType.Scalar<E> type, Object element, String path, List<String> problems) {
        roundTrip(type, (E) element, path, problems);
    }

    private static <T> void roundTrip(ValueType.Scalar<T> type, T value, String path, List<String> problems) {
        String shown = type.show(value);
        try {
            T back = type.parse(shown);
            if (!Objects.equals(back, value)) {
                problems.add(path + ": default " + shown + " reads back as " + back);
            }
        } catch (IllegalArgumentException e) {
            problems.add(path + ": default " + shown + " does not read back: " + e.getMessage());
        }
    }
}
