package com.wedsync.guardian.app.demo;

import java.time.LocalTime;

/**
 * How many requests want a connection at once, by venue-local time of a wedding Saturday: a quiet night and
 * morning, a rush while guests and vendors open timelines around the ceremonies, the pool saturating at the peak.
 */
final class SaturdayLoad {

    private SaturdayLoad() {
    }

    /** Concurrent requests wanted at {@code t}. The demo pool has 10 connections. */
    static int concurrency(LocalTime t) {
        int h = t.getHour();
        if (h < 7) {
            return 1;
        }
        if (h < 12) {
            return 3;
        }
        if (h < 13) {
            return 6;
        }
        if (h < 14) {
            return 12;
        }
        if (h < 17) {
            return 36;
        }
        if (h < 19) {
            return 12;
        }
        return 4;
    }

    /** How long each request holds its connection, longer under the rush (bigger timelines, more vendors). */
    static long holdMillis(LocalTime t) {
        int h = t.getHour();
        return h >= 14 && h < 17 ? 250 : 60;
    }
}
