package com.wedsync.guardian.health;

import com.wedsync.guardian.time.Durations;

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
        private Duration window = HealthSchema.WINDOW.defaultValue();
        private int minSamples = HealthSchema.MIN_SAMPLES.defaultValue();
        private double degradedShare = HealthSchema.DEGRADED_SHARE.defaultValue();
        private double criticalShare = HealthSchema.CRITICAL_SHARE.defaultValue();
        private double saturationDegraded = HealthSchema.SATURATION_DEGRADED.defaultValue();
        private double saturationCritical = HealthSchema.SATURATION_CRITICAL.defaultValue();
        private int waitingDegraded = HealthSchema.WAITING_DEGRADED.defaultValue();
        private int waitingCritical = HealthSchema.WAITING_CRITICAL.defaultValue();
        private Duration waitP99Degraded = HealthSchema.WAIT_P99_DEGRADED.defaultValue();
        private Duration waitP99Critical = HealthSchema.WAIT_P99_CRITICAL.defaultValue();
        private long timeoutsDegraded = HealthSchema.TIMEOUTS_DEGRADED.defaultValue();
        private long timeoutsCritical = HealthSchema.TIMEOUTS_CRITICAL.defaultValue();
        private Duration leakThreshold = HealthSchema.LEAK_THRESHOLD.defaultValue();
        private double headroomDegraded = HealthSchema.HEADROOM_DEGRADED.defaultValue();
        private double headroomCritical = HealthSchema.HEADROOM_CRITICAL.defaultValue();

        private Builder() {
        }

        /** The sliding window that conditions are judged over; bounds in {@link HealthSchema#WINDOW}. */
        public Builder window(Duration value) {
            this.window = HealthSchema.WINDOW.check(value);
            return this;
        }

        /** Samples the window must hold before a sustained condition may count; bounds in {@link HealthSchema#MIN_SAMPLES}. */
        public Builder minSamples(int value) {
            this.minSamples = HealthSchema.MIN_SAMPLES.check(value);
            return this;
        }

        /** Share of the window's samples in which a condition must hold to give DEGRADED; bounds in {@link HealthSchema#DEGRADED_SHARE}. */
        public Builder degradedShare(double value) {
            this.degradedShare = HealthSchema.DEGRADED_SHARE.check(value);
            return this;
        }

        /** Share of the window's samples in which a condition must hold to give CRITICAL; bounds in {@link HealthSchema#CRITICAL_SHARE}. */
        public Builder criticalShare(double value) {
            this.criticalShare = HealthSchema.CRITICAL_SHARE.check(value);
            return this;
        }

        /** Used/max at or above which the pool is saturated enough to be DEGRADED; bounds in {@link HealthSchema#SATURATION_DEGRADED}. */
        public Builder saturationDegraded(double value) {
            this.saturationDegraded = HealthSchema.SATURATION_DEGRADED.check(value);
            return this;
        }

        /** Used/max at or above which the pool is saturated enough to be CRITICAL; bounds in {@link HealthSchema#SATURATION_CRITICAL}. */
        public Builder saturationCritical(double value) {
            this.saturationCritical = HealthSchema.SATURATION_CRITICAL.check(value);
            return this;
        }

        /** Threads waiting for a connection at or above which the pool is DEGRADED; bounds in {@link HealthSchema#WAITING_DEGRADED}. */
        public Builder waitingDegraded(int value) {
            this.waitingDegraded = HealthSchema.WAITING_DEGRADED.check(value);
            return this;
        }

        /** Threads waiting for a connection at or above which the pool is CRITICAL; bounds in {@link HealthSchema#WAITING_CRITICAL}. */
        public Builder waitingCritical(int value) {
            this.waitingCritical = HealthSchema.WAITING_CRITICAL.check(value);
            return this;
        }

        /** Wait-time p99 above which the pool is DEGRADED; bounds in {@link HealthSchema#WAIT_P99_DEGRADED}. */
        public Builder waitP99Degraded(Duration value) {
            this.waitP99Degraded = HealthSchema.WAIT_P99_DEGRADED.check(value);
            return this;
        }

        /** Wait-time p99 above which the pool is CRITICAL; bounds in {@link HealthSchema#WAIT_P99_CRITICAL}. */
        public Builder waitP99Critical(Duration value) {
            this.waitP99Critical = HealthSchema.WAIT_P99_CRITICAL.check(value);
            return this;
        }

        /** Timeouts within the window at or above which the pool is DEGRADED; bounds in {@link HealthSchema#TIMEOUTS_DEGRADED}. */
        public Builder timeoutsDegraded(long value) {
            this.timeoutsDegraded = HealthSchema.TIMEOUTS_DEGRADED.check(value);
            return this;
        }

        /** Timeouts within the window at or above which the pool is CRITICAL; bounds in {@link HealthSchema#TIMEOUTS_CRITICAL}. */
        public Builder timeoutsCritical(long value) {
            this.timeoutsCritical = HealthSchema.TIMEOUTS_CRITICAL.check(value);
            return this;
        }

        /** A connection held at least this long is a suspected leak (DEGRADED); bounds in {@link HealthSchema#LEAK_THRESHOLD}. */
        public Builder leakThreshold(Duration value) {
            this.leakThreshold = HealthSchema.LEAK_THRESHOLD.check(value);
            return this;
        }

        /** Server headroom share at or below which the pool is DEGRADED; bounds in {@link HealthSchema#HEADROOM_DEGRADED}. */
        public Builder headroomDegraded(double value) {
            this.headroomDegraded = HealthSchema.HEADROOM_DEGRADED.check(value);
            return this;
        }

        /** Server headroom share at or below which the pool is CRITICAL; bounds in {@link HealthSchema#HEADROOM_CRITICAL}. */
        public Builder headroomCritical(double value) {
            this.headroomCritical = HealthSchema.HEADROOM_CRITICAL.check(value);
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
                    ">= waitP99Degraded (" + Durations.format(waitP99Degraded) + ")", Durations.format(waitP99Critical));
            requireOrder("timeoutsCritical", timeoutsCritical >= timeoutsDegraded,
                    ">= timeoutsDegraded (" + timeoutsDegraded + ")", timeoutsCritical);
            requireOrder("headroomCritical", headroomCritical <= headroomDegraded,
                    "<= headroomDegraded (" + headroomDegraded + ")", headroomCritical);
            return new HealthThresholds(this);
        }

        private static void requireOrder(String field, boolean ok, String rule, Object value) {
            if (!ok) {
                throw new IllegalArgumentException(field + " must be " + rule + ", but was " + value);
            }
        }
    }
}
