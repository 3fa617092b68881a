package com.wedsync.guardian.health;

import java.time.Duration;

/**
 * When a pool stops being healthy. Immutable; made by {@link #builder()}, whose setters reject a
 * bad value at once, naming the field and the value.
 *
 * <p>Sustained conditions (saturation, threads waiting, wait p99) are judged over the samples of
 * the last {@link #window()}: a level counts when it holds in at least {@link #degradedShare()}
 * (or {@link #criticalShare()}) of them, and only once the window holds {@link #minSamples()}
 * samples, so one spike never flips a healthy pool.
 */
public final class HealthThresholds {

    private static final HealthThresholds DEFAULTS = builder().build();

    private final Duration window;
    private final int minSamples;
    private final double degradedShare;
    private final double criticalShare;
    private final double saturationDegraded;
    private final double saturationCritical;
    private final int waitingDegraded;
    private final int waitingCritical;
    private final Duration waitP99Degraded;
    private final Duration waitP99Critical;
    private final long timeoutsDegraded;
    private final long timeoutsCritical;
    private final Duration leakThreshold;
    private final double headroomDegraded;
    private final double headroomCritical;

    private HealthThresholds(Builder b) {
        this.window = b.window;
        this.minSamples = b.minSamples;
        this.degradedShare = b.degradedShare;
        this.criticalShare = b.criticalShare;
        this.saturationDegraded = b.saturationDegraded;
        this.saturationCritical = b.saturationCritical;
        this.waitingDegraded = b.waitingDegraded;
        this.waitingCritical = b.waitingCritical;
        this.waitP99Degraded = b.waitP99Degraded;
        this.waitP99Critical = b.waitP99Critical;
        this.timeoutsDegraded = b.timeoutsDegraded;
        this.timeoutsCritical = b.timeoutsCritical;
        this.leakThreshold = b.leakThreshold;
        this.headroomDegraded = b.headroomDegraded;
        this.headroomCritical = b.headroomCritical;
    }

    public static HealthThresholds defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder()
                .window(window).minSamples(minSamples)
                .degradedShare(degradedShare).criticalShare(criticalShare)
                .saturationDegraded(saturationDegraded).saturationCritical(saturationCritical)
                .waitingDegraded(waitingDegraded).waitingCritical(waitingCritical)
                .waitP99Degraded(waitP99Degraded).waitP99Critical(waitP99Critical)
                .timeoutsDegraded(timeoutsDegraded).timeoutsCritical(timeoutsCritical)
                .leakThreshold(leakThreshold)
                .headroomDegraded(headroomDegraded).headroomCritical(headroomCritical);
    }

    public Duration window() { return window; }
    public int minSamples() { return minSamples; }
    public double degradedShare() { return degradedShare; }
    public double criticalShare() { return criticalShare; }
    public double saturationDegraded() { return saturationDegraded; }
    public double saturationCritical() { return saturationCritical; }
    public int waitingDegraded() { return waitingDegraded; }
    public int waitingCritical() { return waitingCritical; }
    public Duration waitP99Degraded() { return waitP99Degraded; }
    public Duration waitP99Critical() { return waitP99Critical; }
    public long timeoutsDegraded() { return timeoutsDegraded; }
    public long timeoutsCritical() { return timeoutsCritical; }
    public Duration leakThreshold() { return leakThreshold; }
    public double headroomDegraded() { return headroomDegraded; }
    public double headroomCritical() { return headroomCritical; }

    @Override
    public String toString() {
        return "HealthThresholds{window=" + window + ", minSamples=" + minSamples
                + ", degradedShare=" + degradedShare + ", criticalShare=" + criticalShare
                + ", saturation=" + saturationDegraded + "/" + saturationCritical
                + ", waiting=" + waitingDegraded + "/" + waitingCritical
                + ", waitP99=" + waitP99Degraded + "/" + waitP99Critical
                + ", timeouts=" + timeoutsDegraded + "/" + timeoutsCritical
                + ", leakThreshold=" + leakThreshold
                + ", headroom=" + headroomDegraded + "/" + headroomCritical + "}";
    }

    /** Builds {@link HealthThresholds}; every setter checks its own value, {@link #build()} checks the pairs. */
    public static final class Builder {
        // 30 s: long enough that one busy second is a blip, short enough to page within a minute.
        private Duration window = Duration.ofSeconds(30);
        // Fewer than 3 samples is too little evidence to call a pool unhealthy.
        private int minSamples = 3;
        // Half the window: the condition is the rule, not the exception.
        private double degradedShare = 0.5;
        // 80% of the window: the condition is the pool's steady state, so a person must act.
        private double criticalShare = 0.8;
        // 80% used leaves little room for a burst: HikariCP grows one connection at a time,
        // about 39 ms each (docs/pools-and-database.md, HikariCP growth).
        private double saturationDegraded = 0.80;
        // 95% used: requests are about to queue (19 of 20 busy).
        private double saturationCritical = 0.95;
        // Any thread waiting, sustained, means demand exceeds the pool.
        private int waitingDegraded = 1;
        // Ten threads queued behind the pool is a visible slowdown for users.
        private int waitingCritical = 10;
        // An uncontended HikariCP getConnection takes well under 1 ms; 100 ms at p99 is queueing.
        private Duration waitP99Degraded = Duration.ofMillis(100);
        // A second at p99 is a page load users notice.
        private Duration waitP99Critical = Duration.ofSeconds(1);
        // A timeout is a request that failed: one in the window is already worth saying.
        private long timeoutsDegraded = 1;
        private long timeoutsCritical = 5;
        // Requests rarely hold a connection a minute; held longer, it is probably never returned.
        private Duration leakThreshold = Duration.ofSeconds(60);
        // Shares of the server's usable connections (max_connections − reserved) still free;
        // 15% of PostgreSQL's default 97 usable is about 14 (docs/pools-and-database.md, PostgreSQL).
        private double headroomDegraded = 0.15;
        private double headroomCritical = 0.05;

        private Builder() {
        }

        /** The sliding window that conditions are judged over; between 1 s and 1 h. */
        public Builder window(Duration value) {
            requireBetween("window", value, Duration.ofSeconds(1), Duration.ofHours(1));
            this.window = value;
            return this;
        }

        /** Samples the window must hold before a sustained condition may count; 1 to 10,000. */
        public Builder minSamples(int value) {
            if (value < 1 || value > 10_000) {
                throw new IllegalArgumentException("minSamples must be between 1 and 10000, but was " + value);
            }
            this.minSamples = value;
            return this;
        }

        /** Share of the window's samples in which a condition must hold to give DEGRADED; in (0, 1]. */
        public Builder degradedShare(double value) {
            this.degradedShare = requireShare("degradedShare", value);
            return this;
        }

        /** Share of the window's samples in which a condition must hold to give CRITICAL; in (0, 1]. */
        public Builder criticalShare(double value) {
            this.criticalShare = requireShare("criticalShare", value);
            return this;
        }

        /** Used/max at or above which the pool is saturated enough to be DEGRADED; in (0, 1]. */
        public Builder saturationDegraded(double value) {
            this.saturationDegraded = requireShare("saturationDegraded", value);
            return this;
        }

        /** Used/max at or above which the pool is saturated enough to be CRITICAL; in (0, 1]. */
        public Builder saturationCritical(double value) {
            this.saturationCritical = requireShare("saturationCritical", value);
            return this;
        }

        /** Threads waiting for a connection at or above which the pool is DEGRADED; >= 1. */
        public Builder waitingDegraded(int value) {
            this.waitingDegraded = requireAtLeastOne("waitingDegraded", value);
            return this;
        }

        /** Threads waiting for a connection at or above which the pool is CRITICAL; >= 1. */
        public Builder waitingCritical(int value) {
            this.waitingCritical = requireAtLeastOne("waitingCritical", value);
            return this;
        }

        /** Wait-time p99 above which the pool is DEGRADED; between 1 ms and 10 min. */
        public Builder waitP99Degraded(Duration value) {
            requireBetween("waitP99Degraded", value, Duration.ofMillis(1), Duration.ofMinutes(10));
            this.waitP99Degraded = value;
            return this;
        }

        /** Wait-time p99 above which the pool is CRITICAL; between 1 ms and 10 min. */
        public Builder waitP99Critical(Duration value) {
            requireBetween("waitP99Critical", value, Duration.ofMillis(1), Duration.ofMinutes(10));
            this.waitP99Critical = value;
            return this;
        }

        /** Timeouts within the window at or above which the pool is DEGRADED; >= 1. */
        public Builder timeoutsDegraded(long value) {
            this.timeoutsDegraded = requireAtLeastOne("timeoutsDegraded", value);
            return this;
        }

        /** Timeouts within the window at or above which the pool is CRITICAL; >= 1. */
        public Builder timeoutsCritical(long value) {
            this.timeoutsCritical = requireAtLeastOne("timeoutsCritical", value);
            return this;
        }

        /** A connection held at least this long is a suspected leak (DEGRADED); between 1 s and 24 h. */
        public Builder leakThreshold(Duration value) {
            requireBetween("leakThreshold", value, Duration.ofSeconds(1), Duration.ofHours(24));
            this.leakThreshold = value;
            return this;
        }

        /** Server headroom share at or below which the pool is DEGRADED; in [0, 1). */
        public Builder headroomDegraded(double value) {
            this.headroomDegraded = requireHeadroom("headroomDegraded", value);
            return this;
        }

        /** Server headroom share at or below which the pool is CRITICAL; in [0, 1). */
        public Builder headroomCritical(double value) {
            this.headroomCritical = requireHeadroom("headroomCritical", value);
            return this;
        }

        /** The thresholds; fails when a CRITICAL level is milder than its DEGRADED level. */
        public HealthThresholds build() {
            requireOrder("criticalShare", criticalShare >= degradedShare, ">= degradedShare (" + degradedShare + ")", criticalShare);
            requireOrder("saturationCritical", saturationCritical >= saturationDegraded,
                    ">= saturationDegraded (" + saturationDegraded + ")", saturationCritical);
            requireOrder("waitingCritical", waitingCritical >= waitingDegraded,
                    ">= waitingDegraded (" + waitingDegraded + ")", waitingCritical);
            requireOrder("waitP99Critical", waitP99Critical.compareTo(waitP99Degraded) >= 0,
                    ">= waitP99Degraded (" + waitP99Degraded + ")", waitP99Critical);
            requireOrder("timeoutsCritical", timeoutsCritical >= timeoutsDegraded,
                    ">= timeoutsDegraded (" + timeoutsDegraded + ")", timeoutsCritical);
            requireOrder("headroomCritical", headroomCritical <= headroomDegraded,
                    "<= headroomDegraded (" + headroomDegraded + ")", headroomCritical);
            return new HealthThresholds(this);
        }

        private static void requireBetween(String field, Duration value, Duration min, Duration max) {
            if (value == null) {
                throw new IllegalArgumentException(field + " must be set, but was null");
            }
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", but was " + value);
            }
        }

        private static double requireShare(String field, double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException(field + " must be > 0 and <= 1, but was " + value);
            }
            return value;
        }

        private static double requireHeadroom(String field, double value) {
            if (!(value >= 0 && value < 1)) {
                throw new IllegalArgumentException(field + " must be >= 0 and < 1, but was " + value);
            }
            return value;
        }

        private static int requireAtLeastOne(String field, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(field + " must be >= 1, but was " + value);
            }
            return value;
        }

        private static long requireAtLeastOne(String field, long value) {
            if (value < 1) {
                throw new IllegalArgumentException(field + " must be >= 1, but was " + value);
            }
            return value;
        }

        private static void requireOrder(String field, boolean ok, String rule, Object value) {
            if (!ok) {
                throw new IllegalArgumentException(field + " must be " + rule + ", but was " + value);
            }
        }
    }
}
