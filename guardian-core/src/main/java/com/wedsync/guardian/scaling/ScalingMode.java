package com.wedsync.guardian.scaling;

import java.util.Locale;

/** How far the engine may go for one pool. */
public enum ScalingMode {
    /** Watch only: no decisions. */
    OBSERVE,
    /** Decisions are computed, reported and audited as not applied (the default: build trust first). */
    RECOMMEND,
    /** Decisions that pass the safety checks are applied. */
    ENFORCE;

    /** Parses {@code observe|recommend|enforce}, naming the bad value otherwise. */
    public static ScalingMode parse(String s) {
        if (s != null) {
            for (ScalingMode m : values()) {
                if (m.name().equalsIgnoreCase(s.trim())) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("mode must be one of observe, recommend, enforce, but was " + s);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
