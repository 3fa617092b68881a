package com.wedsync.guardian.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the secrets in connection URLs and in text that may quote them (driver error messages),
 * before anything is logged, shown or returned. Masks:
 * <ul>
 *   <li>a password in the user-info part: {@code jdbc:postgresql://u:secret@h/db},
 *       {@code service:jmx:rmi:///jndi/rmi://u:secret@h:9010/jmxrmi};</li>
 *   <li>Oracle's {@code jdbc:oracle:thin:u/secret@h:1521/svc};</li>
 *   <li>any key naming a password, secret, token or credential, in a query ({@code ?password=secret}),
 *       after semicolons ({@code ;password=secret}, {@code ;password={se;cret}}), in MySQL's
 *       {@code (host=h,password=secret)} and in free text ({@code password: secret});</li>
 *   <li>with {@link #scrub(String, String...)}, any known secret wherever it appears (a JMX password,
 *       say, which never travels in the URL).</li>
 * </ul>
 * The mask is {@value #MASK}; an empty value stays empty, so "no password" still reads as such.
 */
public final class UrlMask {

    public static final String MASK = "***";

    // scheme://user:password@host; the password may hold '@' but not '/' or whitespace, so a
    // port ("//h:5432/db?x=a@b") is never taken for one.
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*:)([^/\\s]*)@");

    private static final Pattern ORACLE = Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]+:[^/:@\\s]+/)([^@\\s]*)@");

    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:^|[?&;,\\s{(])[\\w.-]*(?:password|passwd|pwd|secret|token|credential|api_?key)[\\w.-]*\\s*[=:]\\s*)"
                    + "(\"[^\"]*\"|'[^']*'|\\{[^}]*}|[^&;\\s,#)}]*)");

    private UrlMask() {
    }

    /** The text with every password-like value it holds replaced by {@value #MASK}; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replaceGroup(USER_INFO, text, 2);
        out = replaceGroup(ORACLE, out, 2);
        return replaceGroup(KEY_VALUE, out, 2);
    }

    /** {@link #mask(String)}, then every occurrence of each given secret (null or empty ones skipped) masked too. */
    public static String scrub(String text, String... secrets) {
        String out = mask(text);
        if (out == null || secrets == null) {
            return out;
        }
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }

    private static String replaceGroup(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            if (m.end(group) > m.start(group)) {
                out.append(text, last, m.start(group)).append(MASK);
                last = m.end(group);
            }
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }
}
