package com.wedsync.guardian.metrics.binder;

/**
 * The exported names, tags and units: the public contract dashboards depend on. Names and units follow
 * the OpenTelemetry database-client connection conventions; each backend's naming convention
 * turns the dots into its own form.
 */
public final class MeterNames {

    public static final String CONNECTION_COUNT = "db.client.connection.count";
    public static final String CONNECTION_MAX = "db.client.connection.max";
    public static final String CONNECTION_IDLE_MIN = "db.client.connection.idle.min";
    public static final String PENDING_REQUESTS = "db.client.connection.pending_requests";
    public static final String TIMEOUTS = "db.client.connection.timeouts";
    public static final String WAIT_TIME = "db.client.connection.wait_time";
    public static final String USE_TIME = "db.client.connection.use_time";
    public static final String CREATE_TIME = "db.client.connection.create_time";

    public static final String POOL_HEALTH = "guardian.pool.health";
    public static final String CRITICALITY = "guardian.wedding.criticality";
    public static final String IN_PROGRESS = "guardian.wedding.in_progress";
    public static final String GUESTS_AT_RISK = "guardian.wedding.guests_at_risk";
    public static final String FORECAST = "guardian.forecast.expected_connections";
    public static final String SCALING_ACTIONS = "guardian.scaling.actions";
    public static final String ALERTS_SENT = "guardian.alerts.sent";
    public static final String CALENDAR_AGE = "guardian.calendar.age";
    public static final String DB_HEADROOM = "guardian.db.headroom";
    /** Seconds since a background loop last completed a pass (Prometheus: {@code guardian_loop_since_success_seconds}). */
    public static final String LOOP_SINCE_SUCCESS = "guardian.loop.since_success";
    /** 1 while a background loop is stalled (no pass completed within its bound), else 0. */
    public static final String LOOP_STALLED = "guardian.loop.stalled";
    public static final String FLEET_BUDGET = "guardian.fleet.budget";
    public static final String FLEET_RESERVATION = "guardian.fleet.reservation";
    public static final String FLEET_WANTED = "guardian.fleet.wanted";
    /** The fleet's gauges name the pool and the instance plainly (issue 12). */
    public static final String TAG_FLEET_POOL = "pool";
    public static final String TAG_FLEET_INSTANCE = "instance";

    public static final String TAG_POOL = "db.client.connection.pool.name";
    /** The names of docs/runtime-conventions.md ({@code db.client.connection.count{state=idle|used}}), kept for dashboards. */
    public static final String TAG_STATE = "state";
    /** Interval statistic of a latency: p50, p95, p99 or max ({@code quantile} is reserved for summaries in Prometheus). */
    public static final String TAG_PERCENTILE = "percentile";
    public static final String TAG_BOUND = "bound";
    public static final String TAG_RESULT = "result";
    public static final String TAG_CHANNEL = "channel";
    public static final String TAG_SOURCE = "source";
    public static final String TAG_DATABASE = "database";
    public static final String TAG_CRITICALITY = "criticality";
    public static final String TAG_PROTECTED_WINDOW = "protected_window";
    public static final String TAG_PEAK_SEASON = "peak_season";
    public static final String TAG_LOOP = "loop";

    /** OpenTelemetry UCUM-style units; the Prometheus export maps them to {@code seconds} and {@code connections}. */
    public static final String UNIT_SECONDS = "s";
    public static final String UNIT_CONNECTION = "{connection}";
    public static final String UNIT_REQUEST = "{request}";
    public static final String UNIT_TIMEOUT = "{timeout}";
    public static final String UNIT_WEDDING = "{wedding}";
    public static final String UNIT_GUEST = "{guest}";

    private MeterNames() {
    }
}
