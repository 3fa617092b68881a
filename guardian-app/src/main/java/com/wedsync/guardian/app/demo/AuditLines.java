package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.text.Printable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One audit entry as one short console line: when (venue-local), what became of it, the pool's max before and
 * after, the override that let it through and who granted it, and the gist of the reason. The audit log itself
 * keeps the whole reason. The line is escaped: an actor or a reason cannot break it or reach the terminal raw.
 */
final class AuditLines {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final int REASON_WIDTH = 120;
    private static final Pattern SIZE = Pattern.compile("max=(\\d+) minIdle=(\\d+)");
    private static final Pattern PREFIX = Pattern.compile("(?s)^(grow|shrink|release|none) \\((\\w+)\\): (.*)$");
    private static final Pattern OVERRIDE_SCOPE = Pattern.compile("^action (\\w+) until (\\S+)$");
    private static final Pattern WORSE = Pattern.compile("(?s)made things worse \\((.*)\\): rolling back");
    private static final Pattern CHANGE = Pattern.compile("^(rollback )?(grow|shrink|release|none) max=\\d+ minIdle=\\d+ -> max=\\d+ minIdle=\\d+(: | kept: )");
    private static final Pattern BLOCKED_SHRINK = Pattern.compile("shrinking max=\\d+ minIdle=\\d+ -> max=\\d+ minIdle=\\d+ is blocked ");

    private AuditLines() {
    }

    /** @param overrideActor who granted the override of that id, when known (empty otherwise) */
    static String format(AuditEntry e, ZoneId zone, Function<String, String> overrideActor) {
        return Printable.escape(line(e, zone, overrideActor));
    }

    private static String line(AuditEntry e, ZoneId zone, Function<String, String> overrideActor) {
        String when = TIME.format(e.at().atZone(zone)) + "  ";
        if ("override".equals(e.kind())) {
            return when + override(e, zone);
        }
        if ("emergency".equals(e.kind())) {
            return when + "emergency " + e.outcome() + " by " + e.actor() + " — reason: " + truncate(e.reason());
        }
        Matcher m = PREFIX.matcher(e.reason());
        String direction = m.matches() ? m.group(1) : "";
        String reason = m.matches() ? m.group(3) : e.reason();
        String outcome = e.outcome().replace('-', ' ');
        StringBuilder b = new StringBuilder(when).append(outcome).append(' ');
        if (!"rolled-back".equals(e.outcome()) && !direction.isEmpty() && !"none".equals(direction)) {
            b.append(direction).append(' ');
        }
        b.append(e.pool()).append(' ').append(sizes(e.from(), e.to()));
        if (!e.overrideId().isEmpty()) {
            String actor = overrideActor.apply(e.overrideId());
            b.append(" under override ").append(shortId(e.overrideId()))
                    .append(actor == null || actor.isEmpty() ? "" : " (" + actor + ")");
        }
        String gist = gist(e.outcome(), reason);
        if (!gist.isEmpty()) {
            b.append("rolled-back".equals(e.outcome()) ? ": " : " — ").append(gist);
        }
        return b.toString();
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    private static String override(AuditEntry e, ZoneId zone) {
        Matcher m = OVERRIDE_SCOPE.matcher(e.to());
        String scope = e.to();
        if (m.matches()) {
            scope = m.group(1) + " on " + ("*".equals(e.pool()) ? "every pool" : e.pool()) + " until " + venueTime(m.group(2), zone);
        }
        return "override by " + e.actor() + " lifts the protected window for " + scope + " — reason: "
                + truncate(e.reason()) + " [" + shortId(e.overrideId()) + "]";
    }

    private static String venueTime(String instant, ZoneId zone) {
        try {
            return TIME.format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException ex) {
            return instant;
        }
    }

    /** "40 → 34" when the maximum moves; "minIdle 33 → 9 (max 40)" when only min-idle does. */
    static String sizes(String from, String to) {
        Matcher f = SIZE.matcher(from);
        Matcher t = SIZE.matcher(to);
        if (!f.matches() || !t.matches()) {
            return from + " → " + to;
        }
        if (!f.group(1).equals(t.group(1))) {
            return f.group(1) + " → " + t.group(1);
        }
        return "minIdle " + f.group(2) + " → " + t.group(2) + " (max " + f.group(1) + ")";
    }

    /** The part of a decision's reason that says why, without the sizes the line already shows. */
    static String gist(String outcome, String reason) {
        switch (outcome) {
            case "rolled-back" -> {
                Matcher m = WORSE.matcher(reason);
                return truncate(m.find() ? m.group(1) : reason);
            }
            case "blocked" -> {
                String r = reason;
                int wanted = r.indexOf("; wanted because");
                r = wanted >= 0 ? r.substring(0, wanted) : r;
                return truncate(BLOCKED_SHRINK.matcher(r).replaceFirst(""));
            }
            case "applied", "recommended" -> {
                if (reason.startsWith("manual resize by ")) {
                    return truncate(reason);
                }
                String[] clauses = reason.split("; ");
                for (String c : clauses) {
                    if (c.startsWith("first releasing")) {
                        return truncate(c);
                    }
                }
                for (String c : clauses) {
                    if (c.startsWith("scale ")) {
                        return truncate(c);
                    }
                }
                return truncate(clauses[0]);
            }
            default -> {
                return truncate(CHANGE.matcher(reason).replaceFirst(""));
            }
        }
    }

    private static String truncate(String s) {
        String one = s.replace('\n', ' ').strip();
        return one.length() <= REASON_WIDTH ? one : one.substring(0, REASON_WIDTH - 1) + "…";
    }
}
