package com.wedsync.guardian.app.http;

import com.wedsync.guardian.alert.route.LabelMatcher;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.ValueType;
import com.wedsync.guardian.freeze.FreezeQuery;
import com.wedsync.guardian.scaling.OverrideScope;
import com.wedsync.guardian.time.Durations;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fields of every JSON body the API takes, declared once, and each body's shape: the same declarations and
 * reader as {@code guardian.yaml}, so a body's 400 names every wrong field (an unknown one included) at once.
 */
public final class Bodies {

    /** Who asked: a person's name or handle, short enough for the audit log's {@code actor} column. */
    public static final int NAME_MAX = 100;
    /** Why: a sentence or two. */
    public static final int TEXT_MAX = 1000;
    /** Far above any real pool; a larger max is a typo. */
    static final int MAX_CONNECTIONS = 10_000;
    static final int MAX_MATCHERS = 32;

    private static final ValueType.Scalar<Instant> INSTANT = ValueType.parsed(
            "an ISO-8601 instant like 2026-10-17T22:00:00Z", "java.time.Instant", t -> {
                try {
                    return Instant.parse(t);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("must be an ISO-8601 instant like 2026-10-17T22:00:00Z, but was "
                            + ValueType.quoted(t));
                }
            }, Instant::toString);

    public static final Setting<String> ACTOR = Setting.text("actor", NAME_MAX, "who asks").required();
    public static final Setting<String> REASON = Setting.text("reason", TEXT_MAX, "why").required();
    public static final Setting<Instant> EXPIRES_AT = Setting.of("expiresAt", INSTANT, null,
            "when it lapses (or give ttl); at most the operator limit ahead");
    public static final Setting<Duration> TTL = Setting.duration("ttl", Duration.ofSeconds(1), Durations.LIMIT, null,
            "how long it lasts (or give expiresAt); at most the operator limit");
    public static final Setting<String> POOL = Setting.text("pool", NAME_MAX, "the pool, or * for every pool").required();
    public static final Setting<OverrideScope> ACTION = Setting.enumOf("action", OverrideScope.class, null,
            "what the override lets through").required();
    public static final Setting<String> SERVICE = Setting.text("service", FreezeQuery.MAX_NAME,
            "the service deployed, or * for any").required();
    public static final Setting<String> ENVIRONMENT = Setting.text("environment", FreezeQuery.MAX_NAME,
            "the environment deployed to, or * for any").required();
    public static final Setting<Integer> MAX = Setting.intIn("max", 1, MAX_CONNECTIONS, null, "the pool's new maximum size")
            .required();
    public static final Setting<Integer> MIN_IDLE = Setting.intIn("minIdle", 0, MAX_CONNECTIONS, null,
            "the pool's new minimum idle; default: as now, at most max");
    public static final Setting<String> WHO = Setting.text("who", NAME_MAX, "who acknowledges").required();
    public static final Setting<String> AUTHOR = Setting.text("author", NAME_MAX, "who silences").required();
    public static final Setting<String> COMMENT = Setting.text("comment", TEXT_MAX, "why").required();
    public static final Setting<List<LabelMatcher>> MATCHERS = Setting.listOf("matchers", ValueType.parsed(
            "a matcher such as pool=orders", "java.lang.String", LabelMatcher::parse, LabelMatcher::toString),
            1, MAX_MATCHERS, "the alerts silenced: every matcher must hold");
    public static final Setting<Instant> STARTS_AT = Setting.of("startsAt", INSTANT, null, "when the silence begins; default now");

    public static final Section EMERGENCY = Section.of("emergency", "POST /api/emergency", ACTOR, REASON, EXPIRES_AT, TTL);
    public static final Section CLEAR = Section.of("clear", "POST /api/emergency/clear", ACTOR, REASON);
    public static final Section POOL_OVERRIDE = Section.of("override", "POST /api/overrides", ACTOR, REASON, EXPIRES_AT,
            TTL, POOL, ACTION);
    public static final Section DEPLOY_OVERRIDE = Section.of("deployOverride", "POST /api/overrides with action deploy",
            ACTOR, REASON, EXPIRES_AT, TTL, ACTION, SERVICE, ENVIRONMENT);
    public static final Section RESIZE = Section.of("resize", "POST /api/pools/{name}/resize", ACTOR, REASON, MAX, MIN_IDLE);
    public static final Section ACK = Section.of("ack", "POST /api/alerts/{id}/ack", WHO);
    public static final Section SILENCE = Section.of("silence", "POST /api/silences", MATCHERS, AUTHOR, COMMENT,
            EXPIRES_AT, TTL, STARTS_AT);

    /** Every body, for the reference. */
    public static final List<Section> ALL = List.of(EMERGENCY, CLEAR, POOL_OVERRIDE, DEPLOY_OVERRIDE, RESIZE, ACK, SILENCE);

    private Bodies() {
    }
}
