package com.wedsync.guardian.scaling;

import java.time.Duration;
import java.util.Objects;

/**
 * How one pool may be sized. Immutable; {@link #builder()} rejects a bad value at once, naming the
 * field and the value.
 */
public final class ScalingPolicy {

    private final ScalingMode mode;
    private final int floor;
    private final int ceiling;
    private final int minIdleFloor;
    private final int maxStep;
    private final Duration scaleDownWindow;
    private final Duration cooldown;
    private final double tolerance;
    private final double targetUtilisation;
    private final Duration connectionCreateTime;
    private final Duration leadBuffer;
    private final int spareConnections;
    private final int headroomMargin;
    private final int saturationCeiling;
    private final VerificationPolicy verification;
    private final boolean releaseInProtectedWindow;
    private final int priority;

    private ScalingPolicy(Builder b) {
        this.mode = b.mode;
        this.floor = b.floor;
        this.ceiling = b.ceiling;
        this.minIdleFloor = b.minIdleFloor;
        this.maxStep = b.maxStep;
        this.scaleDownWindow = b.scaleDownWindow;
        this.cooldown = b.cooldown;
        this.tolerance = b.tolerance;
        this.targetUtilisation = b.targetUtilisation;
        this.connectionCreateTime = b.connectionCreateTime;
        this.leadBuffer = b.leadBuffer;
        this.spareConnections = b.spareConnections;
        this.headroomMargin = b.headroomMargin;
        this.saturationCeiling = b.saturationCeiling > 0 ? b.saturationCeiling : b.databaseCores * 2 + b.databaseSpindles;
        this.verification = b.verification;
        this.releaseInProtectedWindow = b.releaseInProtectedWindow;
        this.priority = b.priority;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static ScalingPolicy defaults() {
        return builder().build();
    }

    public ScalingMode mode() { return mode; }
    /** The lowest maximum the planner ever sets. */
    public int floor() { return floor; }
    /** The highest maximum the planner ever sets. */
    public int ceiling() { return ceiling; }
    /** The lowest min-idle the planner ever sets. */
    public int minIdleFloor() { return minIdleFloor; }
    /** The most connections one change may add or remove. */
    public int maxStep() { return maxStep; }
    /** A shrink follows the highest recommendation over this window (HPA's stabilization window). */
    public Duration scaleDownWindow() { return scaleDownWindow; }
    /** The least time between two changes of one pool (rollbacks excepted). */
    public Duration cooldown() { return cooldown; }
    /** Relative change of the pressure ratio that is ignored (HPA: 10%). */
    public double tolerance() { return tolerance; }
    /** The utilisation ((used + pending) / max) the reactive part aims at. */
    public double targetUtilisation() { return targetUtilisation; }
    /** The time to open one connection: the lead time per connection to add. */
    public Duration connectionCreateTime() { return connectionCreateTime; }
    /** Extra time the floor is raised ahead of forecast load, beyond the creation time. */
    public Duration leadBuffer() { return leadBuffer; }
    /** Connections above the forecast's upper bound. */
    public int spareConnections() { return spareConnections; }
    /** Connections always left free on the database, beyond the reserved ones. */
    public int headroomMargin() { return headroomMargin; }
    /** Past this maximum more connections make the database slower: growth beyond is refused. */
    public int saturationCeiling() { return saturationCeiling; }
    public VerificationPolicy verification() { return verification; }
    /**
     * Whether a release (min-idle lowered, the maximum kept) is allowed in a protected window: true by default, the
     * capacity stays; false blocks it like a shrink, unless an override for shrink covers it.
     */
    public boolean releaseInProtectedWindow() { return releaseInProtectedWindow; }

    /** The pool's weight in its fleet's division of a database, before criticality (issue 12); 1 by default. */
    public int priority() { return priority; }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.floor = floor;
        b.ceiling = ceiling;
        b.minIdleFloor = minIdleFloor;
        b.maxStep = maxStep;
        b.scaleDownWindow = scaleDownWindow;
        b.cooldown = cooldown;
        b.tolerance = tolerance;
        b.targetUtilisation = targetUtilisation;
        b.connectionCreateTime = connectionCreateTime;
        b.leadBuffer = leadBuffer;
        b.spareConnections = spareConnections;
        b.headroomMargin = headroomMargin;
        b.saturationCeiling = saturationCeiling;
        b.verification = verification;
        b.releaseInProtectedWindow = releaseInProtectedWindow;
        b.priority = priority;
        return b;
    }

    @Override
    public String toString() {
        return "ScalingPolicy{mode=" + mode.label() + ", floor=" + floor + ", ceiling=" + ceiling + ", maxStep=" + maxStep
                + ", scaleDownWindow=" + scaleDownWindow + ", cooldown=" + cooldown + ", saturationCeiling=" + saturationCeiling + "}";
    }

    /** Builds a {@link ScalingPolicy}; every setter checks its value. */
    public static final class Builder {
        private ScalingMode mode = ScalingMode.RECOMMEND;
        private int floor = 2;
        private int ceiling = 50;
        private int minIdleFloor = 1;
        private int maxStep = 30;
        private Duration scaleDownWindow = Duration.ofMinutes(5); // docs/scaling-practice.md: HPA's 300 s stabilization window
        private Duration cooldown = Duration.ofSeconds(30);
        private double tolerance = 0.1; // docs/scaling-practice.md: HPA ignores changes within 10%
        private double targetUtilisation = 0.75;
        private Duration connectionCreateTime = Duration.ofMillis(39); // docs/pools-and-database.md: ~39 ms per connection, local PostgreSQL 15
        private Duration leadBuffer = Duration.ofMinutes(2);
        private int spareConnections = 2;
        private int headroomMargin = 5;
        private int saturationCeiling = 0;
        // docs/pools-and-database.md: HikariCP's starting point cores × 2 + effective spindles; an 8-core host with one SSD.
        private int databaseCores = 8;
        private int databaseSpindles = 1;
        private VerificationPolicy verification = VerificationPolicy.defaults();
        private boolean releaseInProtectedWindow = true;
        private int priority = 1;

        private Builder() {
        }

        public Builder priority(int v) {
            if (v < 1 || v > 100) {
                throw new IllegalArgumentException("priority must be between 1 and 100, but was " + v);
            }
            this.priority = v;
            return this;
        }

        public Builder releaseInProtectedWindow(boolean v) {
            this.releaseInProtectedWindow = v;
            return this;
        }

        public Builder mode(ScalingMode v) {
            this.mode = Objects.requireNonNull(v, "mode");
            return this;
        }

        public Builder floor(int v) {
            this.floor = atLeast("floor", v, 1);
            return this;
        }

        public Builder ceiling(int v) {
            this.ceiling = atLeast("ceiling", v, 1);
            return this;
        }

        public Builder minIdleFloor(int v) {
            this.minIdleFloor = atLeast("minIdleFloor", v, 0);
            return this;
        }

        public Builder maxStep(int v) {
            this.maxStep = atLeast("maxStep", v, 1);
            return this;
        }

        public Builder scaleDownWindow(Duration v) {
            this.scaleDownWindow = notNegative("scaleDownWindow", v);
            return this;
        }

        public Builder cooldown(Duration v) {
            this.cooldown = notNegative("cooldown", v);
            return this;
        }

        public Builder tolerance(double v) {
            if (!(v >= 0 && v < 1)) {
                throw new IllegalArgumentException("tolerance must be >= 0 and < 1, but was " + v);
            }
            this.tolerance = v;
            return this;
        }

        public Builder targetUtilisation(double v) {
            if (!(v > 0 && v <= 1)) {
                throw new IllegalArgumentException("targetUtilisation must be > 0 and <= 1, but was " + v);
            }
            this.targetUtilisation = v;
            return this;
        }

        public Builder connectionCreateTime(Duration v) {
            this.connectionCreateTime = notNegative("connectionCreateTime", v);
            return this;
        }

        public Builder leadBuffer(Duration v) {
            this.leadBuffer = notNegative("leadBuffer", v);
            return this;
        }

        public Builder spareConnections(int v) {
            this.spareConnections = atLeast("spareConnections", v, 0);
            return this;
        }

        public Builder headroomMargin(int v) {
            this.headroomMargin = atLeast("headroomMargin", v, 0);
            return this;
        }

        /** A measured knee; overrides the cores × 2 + spindles estimate. */
        public Builder saturationCeiling(int v) {
            this.saturationCeiling = atLeast("saturationCeiling", v, 1);
            return this;
        }

        /** The database host, for the default saturation ceiling cores × 2 + spindles (docs/pools-and-database.md). */
        public Builder databaseHost(int cores, int spindles) {
            this.databaseCores = atLeast("databaseCores", cores, 1);
            this.databaseSpindles = atLeast("databaseSpindles", spindles, 0);
            return this;
        }

        public Builder verification(VerificationPolicy v) {
            this.verification = Objects.requireNonNull(v, "verification");
            return this;
        }

        public ScalingPolicy build() {
            if (ceiling < floor) {
                throw new IllegalArgumentException("ceiling must be >= floor (" + floor + "), but was " + ceiling);
            }
            if (minIdleFloor > floor) {
                throw new IllegalArgumentException("minIdleFloor must be <= floor (" + floor + "), but was " + minIdleFloor);
            }
            return new ScalingPolicy(this);
        }

        private static int atLeast(String field, int v, int min) {
            if (v < min) {
                throw new IllegalArgumentException(field + " must be >= " + min + ", but was " + v);
            }
            return v;
        }

        static Duration notNegative(String field, Duration v) {
            if (v == null || v.isNegative()) {
                throw new IllegalArgumentException(field + " must be a duration >= 0, but was " + v);
            }
            return v;
        }
    }
}
