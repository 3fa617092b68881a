package com.wedsync.guardian.scaling;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.DecimalRange;
import com.wedsync.guardian.config.Named;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.time.Durations;

import java.time.Duration;
import java.util.List;

/** {@code scaling:} every key of a {@link ScalingPolicy}, declared once; its builder checks against these. */
public final class ScalingSchema {

    public static final Setting<ScalingMode> MODE = Setting.enumOf("mode", ScalingMode.class, ScalingMode.RECOMMEND,
            "observe (watch only), recommend (computed and audited, not applied) or enforce");
    public static final Setting<Integer> FLOOR = Setting.atLeast("floor", 1, 2, "the smallest max the engine sets");
    public static final Setting<Integer> CEILING = Setting.atLeast("ceiling", 1, 50, "the largest max the engine sets");
    public static final Setting<Integer> MIN_IDLE_FLOOR = Setting.atLeast("minIdleFloor", 0, 1,
            "the smallest minimum idle the engine sets");
    public static final Setting<Integer> MAX_STEP = Setting.atLeast("maxStep", 1, 30, "connections added at most per change");
    // docs/scaling-practice.md: HPA's 300 s stabilization window
    public static final Setting<Duration> SCALE_DOWN_WINDOW = notNegative("scaleDownWindow", Duration.ofMinutes(5),
            "shrink only after this; the highest recent recommendation wins");
    public static final Setting<Duration> COOLDOWN = notNegative("cooldown", Duration.ofSeconds(30),
            "the least time between two changes of one pool");
    // docs/scaling-practice.md: HPA ignores changes within 10%
    public static final Setting<Double> TOLERANCE = Setting.decimal("tolerance", DecimalRange.closedOpen(0, 1), 0.1,
            "a change within this share of the current size is noise and is not made");
    public static final Setting<Double> TARGET_UTILISATION = Setting.decimal("targetUtilisation",
            DecimalRange.openClosed(0, 1), 0.75, "the share of max the engine aims to have in use");
    // docs/pools-and-database.md: ~39 ms per connection, local PostgreSQL 15
    public static final Setting<Duration> CONNECTION_CREATE_TIME = notNegative("connectionCreateTime", Duration.ofMillis(39),
            "how long opening one connection takes, for growing ahead of a forecast");
    public static final Setting<Duration> LEAD_BUFFER = notNegative("leadBuffer", Duration.ofMinutes(2),
            "how far ahead of a forecast peak a grow is done");
    public static final Setting<Integer> SPARE_CONNECTIONS = Setting.atLeast("spareConnections", 0, 2,
            "connections kept above the forecast");
    public static final Setting<Integer> HEADROOM_MARGIN = Setting.atLeast("headroomMargin", 0, 5,
            "connections kept free below max_connections − reserved");
    public static final Setting<Integer> SATURATION_CEILING = Setting.atLeast("saturationCeiling", 1, null,
            "a measured knee: the most connections the database serves well").defaultText("cores × 2 + spindles");
    // docs/pools-and-database.md: HikariCP's starting point cores × 2 + effective spindles; an 8-core host with one SSD.
    public static final Setting<Integer> DATABASE_CORES = Setting.intIn("databaseCores", 1, 4096, 8,
            "the database host's cores, for the saturation ceiling cores × 2 + spindles");
    public static final Setting<Integer> DATABASE_SPINDLES = Setting.intIn("databaseSpindles", 0, 4096, 1,
            "the database host's effective spindles, for the saturation ceiling");
    public static final Setting<Boolean> RELEASE_IN_PROTECTED_WINDOW = Setting.bool("releaseInProtectedWindow", true,
            "false: lowering minIdle is blocked in a protected window too (an override for shrink lifts it)");
    public static final Setting<Integer> PRIORITY = Setting.intIn("priority", 1, 100, 1, "the pool's weight in a fleet");

    private static final List<Setting<?>> POLICY = List.of(MODE, FLOOR, CEILING, MIN_IDLE_FLOOR, MAX_STEP,
            SCALE_DOWN_WINDOW, COOLDOWN, TOLERANCE, TARGET_UTILISATION, CONNECTION_CREATE_TIME, LEAD_BUFFER,
            SPARE_CONNECTIONS, HEADROOM_MARGIN, SATURATION_CEILING, DATABASE_CORES, DATABASE_SPINDLES,
            RELEASE_IN_PROTECTED_WINDOW, PRIORITY);

    public static final Named POOLS = new Named("pools", "pools whose policy differs: each key of the policy, by pool name",
            Section.of("", "one pool's own policy", POLICY));

    public static final Section SECTION = Section.of("scaling", "the policy every resizable pool gets", POLICY)
            .with(List.of(POOLS));

    private ScalingSchema() {
    }

    private static Setting<Duration> notNegative(String key, Duration defaultValue, String doc) {
        return Setting.duration(key, Duration.ZERO, Durations.LIMIT, defaultValue, doc);
    }

    /** The policy a {@code scaling:} section (or one of its {@code pools}) gives; every key optional. */
    public static ScalingPolicy policy(ConfigReader p) {
        ScalingPolicy.Builder b = ScalingPolicy.builder()
                .mode(p.get(MODE)).floor(p.get(FLOOR)).ceiling(p.get(CEILING)).minIdleFloor(p.get(MIN_IDLE_FLOOR))
                .maxStep(p.get(MAX_STEP)).scaleDownWindow(p.get(SCALE_DOWN_WINDOW)).cooldown(p.get(COOLDOWN))
                .tolerance(p.get(TOLERANCE)).targetUtilisation(p.get(TARGET_UTILISATION))
                .connectionCreateTime(p.get(CONNECTION_CREATE_TIME)).leadBuffer(p.get(LEAD_BUFFER))
                .spareConnections(p.get(SPARE_CONNECTIONS)).headroomMargin(p.get(HEADROOM_MARGIN))
                .databaseHost(p.get(DATABASE_CORES), p.get(DATABASE_SPINDLES))
                .releaseInProtectedWindow(p.get(RELEASE_IN_PROTECTED_WINDOW)).priority(p.get(PRIORITY));
        p.find(SATURATION_CEILING).ifPresent(b::saturationCeiling);
        return p.build(b::build).orElseGet(ScalingPolicy::defaults);
    }
}
