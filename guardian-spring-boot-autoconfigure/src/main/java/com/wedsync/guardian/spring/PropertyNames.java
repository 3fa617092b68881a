package com.wedsync.guardian.spring;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring's property names and guardian.yaml's keys, one segment at a time: {@code saturation-critical} is
 * {@code saturationCritical}; a segment in brackets ({@code headers[api-key]}, a map key the user chose) and list
 * indexes ({@code channels[0]}) are kept as written.
 */
final class PropertyNames {

    private static final Pattern PROBLEM_PATH = Pattern.compile("^([A-Za-z0-9_.\\[\\]-]+): (.*)$", Pattern.DOTALL);
    private static final Pattern KNOWN_KEYS = Pattern.compile("\\(known keys: ([^)]*)\\)");

    private PropertyNames() {
    }

    /** {@code saturation-critical} to {@code saturationCritical}; already camel-case stays as it is. */
    static String camel(String segment) {
        StringBuilder b = new StringBuilder(segment.length());
        boolean upper = false;
        for (char c : segment.toCharArray()) {
            if (c == '-') {
                upper = b.length() > 0;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /** {@code saturationCritical} to {@code saturation-critical}. */
    static String kebab(String segment) {
        StringBuilder b = new StringBuilder(segment.length() + 4);
        for (char c : segment.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('-').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A problem as guardian.yaml's reader words it ({@code health.saturationCritical: must be ...}) in Spring's names
     * ({@code guardian.health.saturation-critical: must be ...}), the known keys it lists too.
     */
    static String springProblem(String problem) {
        Matcher m = PROBLEM_PATH.matcher(problem);
        String text = m.matches() ? property(m.group(1)) + ": " + m.group(2) : GuardianProperties.PREFIX + ": " + problem;
        Matcher keys = KNOWN_KEYS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (keys.find()) {
            String[] names = keys.group(1).split(", ");
            for (int i = 0; i < names.length; i++) {
                names[i] = kebab(names[i]);
            }
            keys.appendReplacement(out, Matcher.quoteReplacement("(known keys: " + String.join(", ", names) + ")"));
        }
        keys.appendTail(out);
        return out.toString();
    }

    /** {@code calendars[0].pollInterval} to {@code guardian.calendars[0].poll-interval}. */
    static String property(String path) {
        StringBuilder b = new StringBuilder(GuardianProperties.PREFIX);
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            b.append('.').append(kebab(name)).append(bracket < 0 ? "" : segment.substring(bracket));
        }
        return b.toString();
    }
}
