package com.wedsync.guardian.hikari;

import java.util.regex.Pattern;

/**
 * Removes credentials from text that may end up in a snapshot's cause, a log line or an exception:
 * driver messages and URLs can carry {@code password=...} parameters or {@code user:password@} parts.
 */
public final class SecretMask {

    public static final String MASK = "****";

    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)\\b(password|passwd|pwd|secret|token|api[_-]?key|credentials?)(\\s*[=:]\\s*)([^&;,\\s)\\]}]+)");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*):([^@/\\s]*)@");
    // Shorter literals would mask ordinary words ("a", "pg"); a password that short is already no secret.
    private static final int MIN_LITERAL = 4;

    private SecretMask() {
    }

    /** {@code text} with password parameters, URL user-info passwords and each given literal masked. */
    public static String mask(String text, String... literals) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String out = text;
        for (String literal : literals) {
            if (literal != null && literal.length() >= MIN_LITERAL) {
                out = out.replace(literal, MASK);
            }
        }
        out = USER_INFO.matcher(out).replaceAll("$1:" + MASK + "@");
        return KEY_VALUE.matcher(out).replaceAll("$1$2" + MASK);
    }

    /**
     * A copy of {@code t} safe to keep as a cause: same stack traces, each message (down the cause
     * chain) masked, and the original type named in the message since the copy's type differs.
     */
    public static Exception scrub(Throwable t, String... literals) {
        Exception copy = new MaskedException(t.getClass().getName() + ": " + mask(t.getMessage(), literals),
                t.getCause() == null || t.getCause() == t ? null : scrub(t.getCause(), literals));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message held a secret. */
    static final class MaskedException extends Exception {
        MaskedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
