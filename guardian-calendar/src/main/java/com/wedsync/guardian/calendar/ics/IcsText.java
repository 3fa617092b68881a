package com.wedsync.guardian.calendar.ics;

import com.wedsync.guardian.calendar.CalendarReadException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Checks on the raw text of a feed, before and besides parsing. */
public final class IcsText {

    private IcsText() {
    }

    /**
     * The text without a byte-order mark, if it is an iCalendar; otherwise a clear error saying what
     * came instead (an HTML page from a login wall or error page, garbage, nothing).
     */
    public static String checkIsCalendar(String text, String source) throws CalendarReadException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String head = body.stripLeading();
        if (head.isEmpty()) {
            throw new CalendarReadException("calendar '" + source + "' is empty");
        }
        String upper = head.substring(0, Math.min(head.length(), 64)).toUpperCase(Locale.ROOT);
        if (upper.startsWith("BEGIN:VCALENDAR")) {
            return body;
        }
        if (upper.startsWith("BEGIN:VEVENT") || upper.startsWith("BEGIN:VTIMEZONE")) {
            // A bare component list (some exporters and test suites): read it as one calendar.
            return "BEGIN:VCALENDAR\r\n" + head + (head.endsWith("\n") ? "" : "\r\n") + "END:VCALENDAR\r\n";
        }
        if (upper.startsWith("<")) {
            throw new CalendarReadException("calendar '" + source + "' is an HTML or XML page, not iCalendar"
                    + " (is the address right, and public?)");
        }
        throw new CalendarReadException("calendar '" + source + "' is not iCalendar: it does not start with"
                + " BEGIN:VCALENDAR but with '" + printable(head) + "'");
    }

    /** True when the text had to be wrapped in a VCALENDAR by {@link #checkIsCalendar}. */
    static boolean wasBare(String original, String checked) {
        return !original.equals(checked) && !original.equals("\uFEFF" + checked);
    }

    /**
     * A digest of the content that ignores {@code DTSTAMP} lines: Google and Outlook 365 rewrite them
     * on every fetch (docs/calendars.md), so a hash of the raw body would always change.
     */
    public static String fingerprint(String body) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
        boolean skipping = false;
        int start = 0;
        int n = body.length();
        while (start < n) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = body.substring(start, end);
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (!continuation) {
                skipping = line.regionMatches(true, 0, "DTSTAMP", 0, 7)
                        && line.length() > 7 && (line.charAt(7) == ':' || line.charAt(7) == ';');
            }
            if (!skipping) {
                sha.update(line.strip().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            start = end + 1;
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String printable(String s) {
        String first = s.substring(0, Math.min(s.length(), 24));
        StringBuilder sb = new StringBuilder();
        for (char c : first.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return sb.toString();
    }
}
