package com.wedsync.guardian.health;

import com.wedsync.guardian.time.Durations;

import java.time.Duration;

/** Formats the figures that go into health messages, the same way in every message. */
final class Figures {

    private Figures() {
    }

    /** 0.949 → "95%". */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A measured time in milliseconds, as every duration shown to people: 250 → "250 ms", 1500 → "1.5 s". */
    static String millis(double ms) {
        return duration(Duration.ofMillis(Math.round(ms)));
    }

    static String duration(Duration d) {
        return Durations.human(d);
    }
}
