package com.wedsync.guardian.secret;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for hiding credentials in text before anything is logged, shown or returned. Masks:
 * <ul>
 *   <li>a password in the user-info part: {@code jdbc:postgresql://u:secret@h/db},
 *       {@code service:jmx:rmi:///jndi/rmi://u:secret@h:9010/jmxrmi}, and as a driver echoes it without the
 *       slashes, {@code (u:secret@h)};</li>
 *   <li>Oracle's {@code jdbc:oracle:thin:u/secret@h:1521/svc};</li>
 *   <li>any key naming a password, secret, token or credential, in a query ({@code ?password=secret}),
 *       after semicolons ({@code ;password=secret}, {@code ;password={se;cret}}), in MySQL's
 *       {@code (host=h,password=secret)} and in free text ({@code password: secret});</li>
 *   <li>a bearer token ({@code Authorization: Bearer abc}) and a basic credential;</li>
 *   <li>with {@link #scrub(String, String...)}, any known secret wherever it appears (a JMX password,
 *       say, which never travels in the URL).</li>
 * </ul>
 * The mask is {@value #MASK}; an empty value stays empty, so "no password" still reads as such.
 */
public final class Redactor {

    public static final String MASK = "***";

    // RFC 3986, appendix B: scheme, authority, path, query
    static final Pattern URL = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#.*)?$");
    static final int AUTHORITY = 2;
    static final int PATH = 3;
    static final int QUERY = 4;

    // scheme://user:password@host; the password may hold '@' but not '/' or whitespace, so a
    // port ("//h:5432/db?x=a@b") is never taken for one.
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*:)([^/\\s]*)@");

    // user:password@host without the "//", as drivers echo a host they could not parse: "(u:secret@h)"
    private static final Pattern BARE_USER_INFO = Pattern.compile("(?<![\\w./:%+-])([\\w.%+-]+:)([^\\s/@:()]+)@(?=[\\w-])");

    private static final Pattern ORACLE = Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]+:[^/:@\\s]+/)([^@\\s]*)@");

    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:^|[?&;,\\s{(])[\\w.-]*(?:password|passwd|pwd|secret|token|credential|api_?key)[\\w.-]*\\s*[=:]\\s*)"
                    + "(\"[^\"]*\"|'[^']*'|\\{[^}]*}|[^&;\\s,#)}]*)");

    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)(\\bbearer\\s+|\\bbasic\\s+(?=[A-Za-z0-9+/]{8,}))([A-Za-z0-9._~+/=-]+)");

    // Shorter literals would mask ordinary words ("a", "pg"); a password that short is already no secret.
    private static final int MIN_LITERAL = 4;

    private Redactor() {
    }

    /** The text with every password-like value it holds replaced by {@value #MASK}; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replaceGroup(USER_INFO, text);
        out = replaceGroup(BARE_USER_INFO, out);
        out = replaceGroup(ORACLE, out);
        out = replaceGroup(AUTH_SCHEME, out);
        return replaceGroup(KEY_VALUE, out);
    }

    /** {@link #mask(String)}, then every occurrence of each given secret (null or under 4 characters skipped) masked too. */
    public static String scrub(String text, String... secrets) {
        String out = mask(text);
        if (out == null || secrets == null) {
            return out;
        }
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_LITERAL) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }

    /**
     * A copy of {@code t} safe to keep as a cause or to log: same stack traces, each message (down the cause
     * chain) scrubbed, and the original type named in the message since the copy's type differs.
     */
    public static Exception scrub(Throwable t, String... secrets) {
        String message = t.getMessage() == null ? "" : scrub(t.getMessage(), secrets);
        Exception copy = new RedactedException(t.getClass().getName() + ": " + message,
                t.getCause() == null || t.getCause() == t ? null : scrub(t.getCause(), secrets));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /**
     * Names a location without its secrets: a remote URL as {@code https://host:port/…/basic.ics} (a Google
     * "secret address" or an Outlook published link carries its key in the path's middle or the query; the file
     * name is kept when it looks like one), a JDBC URL {@link #mask(String) masked}, a file path as is.
     */
    public static String location(String location) {
        if (location == null) {
            return "";
        }
        String l = location.trim();
        if (l.startsWith("jdbc:")) {
            return mask(l);
        }
        Matcher u = URL.matcher(l);
        if (!u.matches() || u.group(AUTHORITY) == null || u.group(1).equalsIgnoreCase("file")
                || u.group(1).length() == 1) { // "C:\..." is a Windows path
            return l.contains("://") && !u.matches() ? l.substring(0, l.indexOf("://") + 3) + "…" : l;
        }
        String authority = u.group(AUTHORITY);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        return u.group(1) + "://" + hostPort + "/…" + fileName(u.group(PATH));
    }

    /**
     * "/basic.ics" for a path ending in a short file name with few digits; "" for a name that could be a key
     * (a token of many digits, or no extension) or no path.
     */
    private static String fileName(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        long digits = last.chars().filter(Character::isDigit).count();
        return last.matches("[A-Za-z0-9_-]{1,24}\\.[A-Za-z]{2,5}") && digits <= 4 ? "/" + last : "";
    }

    /** The user-info part of a URL's authority ({@code user:password}), or null. */
    static String userInfo(String authority) {
        if (authority == null || authority.lastIndexOf('@') < 0) {
            return null;
        }
        return authority.substring(0, authority.lastIndexOf('@'));
    }

    /** {@code application/x-www-form-urlencoded} spelling of {@code value} (as {@code URLEncoder} writes it). */
    static String formEncoded(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".-*_".indexOf(c) >= 0) {
                out.append(c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static String replaceGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            if (m.end(2) > m.start(2)) {
                out.append(text, last, m.start(2)).append(MASK);
                last = m.end(2);
            }
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /** Stands in for an exception whose message may have held a secret. */
    static final class RedactedException extends Exception {
        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
