package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.text.Printable;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one renderer of an {@link AuditEntry}: the whole line for the log, the short line for a console, the text the
 * store keeps beside the fields, and the document the API returns. Every form reads the entry's fields; none parses text.
 */
public final class AuditLines {

    /** A console's clock: weekday and minute, in the zone the reader lives in. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final int REASON_WIDTH = 120;

    private AuditLines() {
    }

    /** The whole entry in one line, for the log. */
    public static String line(AuditEntry e) {
        if (textOnly(e)) {
            return e.pool() + " " + e.kind().label() + " " + e.outcome().label() + " by " + e.actor() + ": " + e.reason();
        }
        return switch (e.kind()) {
            case ACTION -> e.pool() + " " + e.outcome().label() + " " + label(e.direction()) + " " + e.from() + " -> " + e.to()
                    + " (" + (e.mode() == null ? "" : e.mode().label()) + "): " + e.reason();
            case OVERRIDE -> "override " + e.overrideId() + " by " + e.actor() + " (" + e.reason() + ") for pool " + e.pool()
                    + ", action " + e.scope().label() + ", until " + e.until();
            case REQUEST -> e.pool() + " resize requested by " + e.actor() + ": " + fromText(e) + " -> " + e.to() + " (" + e.reason() + ")";
            case EMERGENCY -> "emergency " + e.outcome().label() + " by " + e.actor() + (e.until() == null ? "" : " until " + e.until())
                    + ": " + e.reason();
        };
    }

    /**
     * One short console line: when (in {@code zone}), what became of it, the pool's sizes before and after, the override
     * that let it through and who granted it, and the gist of the reason (the audit log keeps the whole). The line is
     * escaped: an actor or a reason cannot break it or reach the terminal raw.
     *
     * @param overrideActor who granted the override of that id, when known (empty otherwise)
     */
    public static String console(AuditEntry e, ZoneId zone, Function<String, String> overrideActor) {
        return Printable.escape(consoleLine(e, zone, overrideActor));
    }

    private static String consoleLine(AuditEntry e, ZoneId zone, Function<String, String> overrideActor) {
        String when = TIME.format(e.at().atZone(zone)) + "  ";
        if (textOnly(e)) {
            return when + e.outcome().label().replace('-', ' ') + " " + e.pool() + " — " + truncate(e.reason());
        }
        return when + switch (e.kind()) {
            case OVERRIDE -> "override by " + e.actor() + " lifts the protected window for " + e.scope().label() + " on "
                    + (EmergencyOverride.ALL_POOLS.equals(e.pool()) ? "every pool" : e.pool()) + " until "
                    + TIME.format(e.until().atZone(zone)) + " — reason: " + truncate(e.reason()) + " [" + shortId(e.overrideId()) + "]";
            case EMERGENCY -> "emergency " + e.outcome().label() + " by " + e.actor() + " — reason: " + truncate(e.reason());
            case ACTION, REQUEST -> change(e, overrideActor);
        };
    }

    private static String change(AuditEntry e, Function<String, String> overrideActor) {
        boolean rolledBack = e.outcome() == AuditOutcome.ROLLED_BACK;
        StringBuilder b = new StringBuilder(e.outcome().label().replace('-', ' ')).append(' ');
        if (!rolledBack && e.direction() != null && e.direction() != Direction.NONE) {
            b.append(label(e.direction())).append(' ');
        }
        b.append(e.pool()).append(' ').append(e.from() == null ? "size unknown → " + e.to().max() : sizes(e.from(), e.to()));
        if (!e.overrideId().isEmpty()) {
            String actor = overrideActor.apply(e.overrideId());
            b.append(" under override ").append(shortId(e.overrideId()))
                    .append(actor == null || actor.isEmpty() ? "" : " (" + actor + ")");
        }
        String gist = truncate(e.gist());
        if (!gist.isEmpty()) {
            b.append(rolledBack ? ": " : " — ").append(gist);
        }
        return b.toString();
    }

    /** "40 → 34" when the maximum moves; "minIdle 33 → 9 (max 40)" when only min-idle does. */
    public static String sizes(PoolSize from, PoolSize to) {
        if (from.max() != to.max()) {
            return from.max() + " → " + to.max();
        }
        return "minIdle " + from.minIdle() + " → " + to.minIdle() + " (max " + from.max() + ")";
    }

    /** A reason cut to one console line. */
    public static String truncate(String s) {
        String one = s.replace('\n', ' ').strip();
        return one.length() <= REASON_WIDTH ? one : one.substring(0, REASON_WIDTH - 1) + "…";
    }

    public static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    /** The size before as text ({@code max=40 minIdle=10}), empty when there is none. */
    public static String fromText(AuditEntry e) {
        return e.from() == null ? "" : e.from().toString();
    }

    /** The size after as text; an override's scope and end, an emergency's end. */
    public static String toText(AuditEntry e) {
        if (e.to() != null) {
            return e.to().toString();
        }
        if (e.scope() != null) {
            return "action " + e.scope().label() + " until " + e.until();
        }
        return e.until() == null ? "" : "until " + e.until();
    }

    /**
     * The entry as an API document: {@code from}, {@code to} and {@code reason} as text as before, and every field
     * besides ({@code fromSize} and {@code toSize} as {@code {max, minIdle}}; null where the entry has none).
     */
    public static Map<String, Object> document(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at().toString());
        m.put("pool", e.pool());
        m.put("kind", e.kind().label());
        m.put("outcome", e.outcome().label());
        m.put("actor", e.actor());
        m.put("direction", e.direction() == null ? null : label(e.direction()));
        m.put("mode", e.mode() == null ? null : e.mode().label());
        m.put("from", fromText(e));
        m.put("to", toText(e));
        m.put("fromSize", size(e.from()));
        m.put("toSize", size(e.to()));
        m.put("scope", e.scope() == null ? null : e.scope().label());
        m.put("until", e.until() == null ? null : e.until().toString());
        m.put("reason", e.reason());
        m.put("gist", e.gist());
        m.put("overrideId", e.overrideId().isEmpty() ? null : e.overrideId());
        m.put("line", line(e));
        return m;
    }

    private static Map<String, Object> size(PoolSize s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("max", s.max());
        m.put("minIdle", s.minIdle());
        return m;
    }

    private static String label(Direction d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    /** An entry kept before the audit log had fields: only its text is known. */
    private static boolean textOnly(AuditEntry e) {
        return e.to() == null && e.scope() == null && e.until() == null && e.direction() == null;
    }
}
