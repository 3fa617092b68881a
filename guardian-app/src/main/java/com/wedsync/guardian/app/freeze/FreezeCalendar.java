package com.wedsync.guardian.app.freeze;

import com.wedsync.guardian.freeze.FreezeWindow;
import com.wedsync.guardian.freeze.ScheduledFreeze;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The deny windows as an RFC 5545 calendar: one VEVENT per occurrence in UTC, text escaped (backslash, semicolon,
 * comma, newline) and lines folded at 75 octets (docs/deploy-freezes.md).
 */
final class FreezeCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int FOLD_AT = 75;

    private FreezeCalendar() {
    }

    static String render(List<ScheduledFreeze> freezes, Instant stamp) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//WedSync//Pool Guardian deploy freezes//EN");
        line(sb, "X-WR-CALNAME:Deploy freezes");
        for (ScheduledFreeze f : freezes) {
            if (f.kind() != FreezeWindow.Kind.DENY) {
                continue;
            }
            for (ZonedDateTime start : f.occurrences()) {
                Instant from = start.toInstant();
                Instant to = from.plus(f.duration());
                String uid = UUID.nameUUIDFromBytes((f.zone() + "|" + from + "|" + to + "|" + f.reason())
                        .getBytes(StandardCharsets.UTF_8)) + "@freeze.wedsync-guardian";
                line(sb, "BEGIN:VEVENT");
                line(sb, "UID:" + uid);
                line(sb, "DTSTAMP:" + UTC.format(stamp));
                line(sb, "DTSTART:" + UTC.format(from));
                line(sb, "DTEND:" + UTC.format(to));
                line(sb, "SUMMARY:" + text("Deploy freeze (" + f.zone() + ")"));
                line(sb, "DESCRIPTION:" + text(f.reason()));
                line(sb, "TRANSP:OPAQUE");
                line(sb, "END:VEVENT");
            }
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n").replaceAll("\\p{Cntrl}", " ");
    }

    /** Appends a content line folded so that no physical line exceeds 75 octets, ending in CRLF. */
    private static void line(StringBuilder sb, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > FOLD_AT) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
    }
}
