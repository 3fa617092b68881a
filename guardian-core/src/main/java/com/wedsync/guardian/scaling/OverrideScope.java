package com.wedsync.guardian.scaling;

import java.util.Locale;

/** Which actions an emergency override lets through; {@code DEPLOY} is a deploy break-glass and moves no pool. */
public enum OverrideScope {
    GROW, SHRINK, ANY, DEPLOY;

    /** A shrink override covers lowering the floor too (a release), for policies that block releases as well. */
    public boolean covers(Direction d) {
        return this == ANY || (this == GROW && d == Direction.GROW)
                || (this == SHRINK && (d == Direction.SHRINK || d == Direction.RELEASE));
    }

    /** Parses {@code grow|shrink|any}, naming the bad value otherwise. */
    public static OverrideScope parse(String s) {
        if (s != null) {
            for (OverrideScope v : values()) {
                if (v.name().equalsIgnoreCase(s.trim())) {
                    return v;
                }
            }
        }
        throw new IllegalArgumentException("action must be one of grow, shrink, any, deploy, but was " + s);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
