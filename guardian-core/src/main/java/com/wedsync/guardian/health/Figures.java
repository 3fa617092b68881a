package com.wedsync.guardian.health;

import java.time.Duration;

/** Formats the figures that go into health messages, the same way in every message. */
final class Figures {

    private Figures() {
    }

    /** 0.949 → "95%". */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** 250 → "250ms", 1500 → "1.5s", 30000 → "30s", 90000 → "1m30s". */
    static String millis(double ms) {
        long rounded = Math.round(ms);
        if (rounded < 1000) {
            return rounded + "ms";
        }
        if (rounded < 60_000 && rounded % 1000 != 0) {
            long tenths = Math.round(rounded / 100.0);
            return tenths % 10 == 0 ? (tenths / 10) + "s" : (tenths / 10) + "." + (tenths % 10) + "s";
        }
        long seconds = rounded / 1000;
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        StringBuilder out = new StringBuilder();
        if (h > 0) {
            out.append(h).append('h');
        }
        if (m > 0) {
            out.append(m).append('m');
        }
        if (s > 0 || out.length() == 0) {
            out.append(s).append('s');
        }
        return out.toString();
    }

    static String duration(Duration d) {
        return millis(d.toMillis());
    }
}
