package com.wedsync.guardian.alert.route;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import java.util.Map;
import java.util.Objects;

/**
 * One label condition, as in Alertmanager: {@code =}, {@code !=}, {@code =~}, {@code !~}. Regular expressions
 * are anchored at both ends; a missing label reads as the empty string. They are user input (silences, routes),
 * so they run on RE2/J, in time linear in the value (RE2 syntax, as Alertmanager's matchers): no pattern can
 * hold the tick thread. A pattern is at most {@link #MAX_PATTERN} characters.
 */
public final class LabelMatcher {

    public enum Op {
        EQUAL("="), NOT_EQUAL("!="), REGEX("=~"), NOT_REGEX("!~");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Far longer than any real matcher; compiling is linear too, but a megabyte pattern is an attack. */
    public static final int MAX_PATTERN = 1000;

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final String name;
    private final Op op;
    private final String value;
    private final Pattern pattern;

    private LabelMatcher(String name, Op op, String value) {
        this.name = name;
        this.op = op;
        this.value = value;
        Pattern p = null;
        if (op == Op.REGEX || op == Op.NOT_REGEX) {
            if (value.length() > MAX_PATTERN) {
                throw new IllegalArgumentException("matcher " + name + op.symbol + ": the regular expression must be at most "
                        + MAX_PATTERN + " characters, but has " + value.length());
            }
            try {
                p = Pattern.compile("^(?:" + value + ")$");
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("matcher " + name + op.symbol + value
                        + ": value is not a valid regular expression (" + e.getDescription() + ")");
            }
        }
        this.pattern = p;
    }

    public static LabelMatcher of(String name, Op op, String value) {
        Objects.requireNonNull(op, "op");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("matcher label name must match [a-zA-Z_][a-zA-Z0-9_]*, but was " + name);
        }
        return new LabelMatcher(name, op, value == null ? "" : value);
    }

    public static LabelMatcher equal(String name, String value) {
        return of(name, Op.EQUAL, value);
    }

    public static LabelMatcher regex(String name, String value) {
        return of(name, Op.REGEX, value);
    }

    /** Parses {@code name=value}, {@code name!=value}, {@code name=~regex}, {@code name!~regex}; the value may be double-quoted. */
    public static LabelMatcher parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("matcher must be name=value, name!=value, name=~regex or name!~regex, but was null");
        }
        int i = 0;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        String rest = text.substring(i).stripLeading();
        Op op = null;
        for (Op candidate : new Op[]{Op.REGEX, Op.NOT_REGEX, Op.NOT_EQUAL, Op.EQUAL}) {
            if (rest.startsWith(candidate.symbol)) {
                op = candidate;
                break;
            }
        }
        if (op == null || i == 0) {
            throw new IllegalArgumentException(
                    "matcher must be name=value, name!=value, name=~regex or name!~regex, but was \"" + text + "\"");
        }
        String value = rest.substring(op.symbol.length()).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return of(text.substring(0, i), op, value);
    }

    public boolean matches(Map<String, String> labels) {
        return matchesValue(labels.getOrDefault(name, ""));
    }

    public boolean matchesValue(String v) {
        switch (op) {
            case EQUAL:
                return value.equals(v);
            case NOT_EQUAL:
                return !value.equals(v);
            case REGEX:
                return pattern.matcher(v).matches();
            default:
                return !pattern.matcher(v).matches();
        }
    }

    public String name() {
        return name;
    }

    public Op op() {
        return op;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelMatcher && ((LabelMatcher) o).name.equals(name) && ((LabelMatcher) o).op == op
                && ((LabelMatcher) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, op, value);
    }

    @Override
    public String toString() {
        return name + op.symbol + "\"" + value + "\"";
    }
}
