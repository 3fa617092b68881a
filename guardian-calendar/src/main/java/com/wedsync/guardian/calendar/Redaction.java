package com.wedsync.guardian.calendar;

import java.net.URI;

/**
 * Names a location without its secrets: a Google "secret address" or an Outlook published link
 * carries its key in the path or query, and a JDBC URL may carry a password.
 */
public final class Redaction {

    private Redaction() {
    }

    /**
     * "https://calendar.google.com/…/basic.ics" for a remote URL (the path's middle and the query, where feeds keep
     * their key, hidden; the file name kept when it looks like one); a file path as is; "jdbc:postgresql://host/db"
     * for JDBC.
     */
    public static String location(String location) {
        if (location == null) {
            return "";
        }
        String l = location.trim();
        if (l.startsWith("jdbc:")) {
            int q = indexOfAny(l, "?;");
            String base = q < 0 ? l : l.substring(0, q);
            int at = base.indexOf('@');
            if (at >= 0) {
                int slashes = base.indexOf("//");
                base = (slashes >= 0 ? base.substring(0, slashes + 2) : "") + base.substring(at + 1);
            }
            return base;
        }
        try {
            URI uri = URI.create(l);
            String scheme = uri.getScheme();
            if (scheme == null || scheme.equalsIgnoreCase("file")) {
                return l;
            }
            String host = uri.getHost() == null ? "" : uri.getHost();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return scheme + "://" + host + port + "/…" + fileName(uri.getRawPath());
        } catch (IllegalArgumentException e) {
            return l.contains("://") ? l.substring(0, l.indexOf("://") + 3) + "…" : l;
        }
    }

    /**
     * "/basic.ics" for a path ending in a short file name with few digits; "" for a name that could be a key
     * (a token of many digits, or no extension) or no path.
     */
    private static String fileName(String path) {
        if (path == null) {
            return "";
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        long digits = last.chars().filter(Character::isDigit).count();
        return last.matches("[A-Za-z0-9_-]{1,24}\\.[A-Za-z]{2,5}") && digits <= 4 ? "/" + last : "";
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
