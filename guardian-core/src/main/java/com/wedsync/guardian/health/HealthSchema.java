package com.wedsync.guardian.health;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.DecimalRange;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;

import java.time.Duration;

/** {@code health:} every threshold of {@link HealthThresholds}, declared once; its builder checks against these. */
public final class HealthSchema {

    /** A share of a window's samples, or of a pool: a share of nothing means nothing. */
    private static final DecimalRange SHARE = DecimalRange.openClosed(0, 1);
    /** A share of the server's usable connections still free: all of them free is no threshold. */
    private static final DecimalRange HEADROOM = DecimalRange.closedOpen(0, 1);

    // 30 s: long enough that one busy second is a blip, short enough to page within a minute.
    public static final Setting<Duration> WINDOW = Setting.duration("window", Duration.ofSeconds(1), Duration.ofHours(1),
            Duration.ofSeconds(30), "conditions are judged over this sliding window");
    // Fewer than 3 samples is too little evidence to call a pool unhealthy.
    public static final Setting<Integer> MIN_SAMPLES = Setting.intIn("minSamples", 1, 10_000, 3,
            "samples the window must hold before a sustained condition counts");
    // Half the window: the condition is the rule, not the exception.
    public static final Setting<Double> DEGRADED_SHARE = Setting.decimal("degradedShare", SHARE, 0.5,
            "share of the window's samples a condition must hold in for DEGRADED");
    // 80% of the window: the condition is the pool's steady state, so a person must act.
    public static final Setting<Double> CRITICAL_SHARE = Setting.decimal("criticalShare", SHARE, 0.8,
            "share of the window's samples a condition must hold in for CRITICAL");
    // 80% used leaves little room for a burst: HikariCP grows one connection at a time, about 39 ms each
    // (docs/pools-and-database.md, HikariCP growth).
    public static final Setting<Double> SATURATION_DEGRADED = Setting.decimal("saturationDegraded", SHARE, 0.80,
            "used / max at or above which the pool is DEGRADED");
    // 95% used: requests are about to queue (19 of 20 busy).
    public static final Setting<Double> SATURATION_CRITICAL = Setting.decimal("saturationCritical", SHARE, 0.95,
            "used / max at or above which the pool is CRITICAL");
    // Any thread waiting, sustained, means demand exceeds the pool.
    public static final Setting<Integer> WAITING_DEGRADED = Setting.atLeast("waitingDegraded", 1, 1,
            "threads waiting for a connection at or above which the pool is DEGRADED");
    // Ten threads queued behind the pool is a visible slowdown for users.
    public static final Setting<Integer> WAITING_CRITICAL = Setting.atLeast("waitingCritical", 1, 10,
            "threads waiting for a connection at or above which the pool is CRITICAL");
    // An uncontended HikariCP getConnection takes well under 1 ms; 100 ms at p99 is queueing.
    public static final Setting<Duration> WAIT_P99_DEGRADED = Setting.duration("waitP99Degraded", Duration.ofMillis(1),
            Duration.ofMinutes(10), Duration.ofMillis(100), "wait-time p99 above which the pool is DEGRADED");
    // A second at p99 is a page load users notice.
    public static final Setting<Duration> WAIT_P99_CRITICAL = Setting.duration("waitP99Critical", Duration.ofMillis(1),
            Duration.ofMinutes(10), Duration.ofSeconds(1), "wait-time p99 above which the pool is CRITICAL");
    // A timeout is a request that failed: one in the window is already worth saying.
    public static final Setting<Long> TIMEOUTS_DEGRADED = Setting.longIn("timeoutsDegraded", 1, Long.MAX_VALUE, 1L,
            "acquisition timeouts in the window at or above which the pool is DEGRADED");
    public static final Setting<Long> TIMEOUTS_CRITICAL = Setting.longIn("timeoutsCritical", 1, Long.MAX_VALUE, 5L,
            "acquisition timeouts in the window at or above which the pool is CRITICAL");
    // Requests rarely hold a connection a minute; held longer, it is probably never returned.
    public static final Setting<Duration> LEAK_THRESHOLD = Setting.duration("leakThreshold", Duration.ofSeconds(1),
            Duration.ofHours(24), Duration.ofSeconds(60), "a connection held at least this long is a suspected leak");
    // Shares of the server's usable connections (max_connections − reserved) still free; 15% of PostgreSQL's
    // default 97 usable is about 14 (docs/pools-and-database.md, PostgreSQL).
    public static final Setting<Double> HEADROOM_DEGRADED = Setting.decimal("headroomDegraded", HEADROOM, 0.15,
            "share of the database's usable connections still free at or below which the pool is DEGRADED");
    public static final Setting<Double> HEADROOM_CRITICAL = Setting.decimal("headroomCritical", HEADROOM, 0.05,
            "share of the database's usable connections still free at or below which the pool is CRITICAL");

    public static final Section SECTION = Section.of("health", "the thresholds a pool's health is judged by",
            WINDOW, MIN_SAMPLES, DEGRADED_SHARE, CRITICAL_SHARE, SATURATION_DEGRADED, SATURATION_CRITICAL,
            WAITING_DEGRADED, WAITING_CRITICAL, WAIT_P99_DEGRADED, WAIT_P99_CRITICAL, TIMEOUTS_DEGRADED,
            TIMEOUTS_CRITICAL, LEAK_THRESHOLD, HEADROOM_DEGRADED, HEADROOM_CRITICAL);

    private HealthSchema() {
    }

    /** The thresholds {@code health} gives; a CRITICAL level milder than its DEGRADED one is a problem of the section. */
    public static HealthThresholds read(ConfigReader health) {
        HealthThresholds.Builder b = HealthThresholds.builder()
                .window(health.get(WINDOW)).minSamples(health.get(MIN_SAMPLES))
                .degradedShare(health.get(DEGRADED_SHARE)).criticalShare(health.get(CRITICAL_SHARE))
                .saturationDegraded(health.get(SATURATION_DEGRADED)).saturationCritical(health.get(SATURATION_CRITICAL))
                .waitingDegraded(health.get(WAITING_DEGRADED)).waitingCritical(health.get(WAITING_CRITICAL))
                .waitP99Degraded(health.get(WAIT_P99_DEGRADED)).waitP99Critical(health.get(WAIT_P99_CRITICAL))
                .timeoutsDegraded(health.get(TIMEOUTS_DEGRADED)).timeoutsCritical(health.get(TIMEOUTS_CRITICAL))
                .leakThreshold(health.get(LEAK_THRESHOLD))
                .headroomDegraded(health.get(HEADROOM_DEGRADED)).headroomCritical(health.get(HEADROOM_CRITICAL));
        return health.build(b::build).orElseGet(HealthThresholds::defaults);
    }
}
