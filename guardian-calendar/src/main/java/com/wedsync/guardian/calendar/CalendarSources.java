package com.wedsync.guardian.calendar;

import com.wedsync.guardian.calendar.file.RecordFileSource;
import com.wedsync.guardian.calendar.ics.IcsCalendarSource;
import com.wedsync.guardian.calendar.jdbc.JdbcCalendarSource;
import com.wedsync.guardian.secret.Redactor;
import com.wedsync.guardian.wedding.ContextPolicy;

import java.time.ZoneId;
import java.util.List;

/** The one place a source config becomes a source: one line per type. */
public final class CalendarSources {

    private CalendarSources() {
    }

    public static CalendarSource create(CalendarSourceConfig config) {
        return switch (config.type()) {
            case ICS -> new IcsCalendarSource(config);
            case JSON, CSV -> new RecordFileSource(config);
            case JDBC -> new JdbcCalendarSource(config);
        };
    }

    /** For a JDBC source whose connections come from elsewhere (a pool the app already has). */
    public static CalendarSource create(CalendarSourceConfig config, JdbcCalendarSource.ConnectionFactory connections) {
        return config.type() == SourceType.JDBC ? new JdbcCalendarSource(config, connections) : create(config);
    }

    /**
     * The context policy for a set of sources: each source's peak season in its default zone, and
     * the home zones whose Saturdays are always protected.
     */
    public static ContextPolicy contextPolicy(List<CalendarSourceConfig> configs, List<ZoneId> homeZones) {
        ContextPolicy.Builder b = ContextPolicy.builder().homeZones(homeZones);
        for (CalendarSourceConfig c : configs) {
            b.season(c.seasonRule());
        }
        return b.build();
    }

    /**
     * A builder for a source given only as a location (the CLI's SOURCE): a path, a {@code file:} URL
     * or an {@code https:} URL; the type follows the extension (.json, .csv, else ICS).
     */
    public static CalendarSourceConfig.Builder fromLocation(String location) {
        String name = location;
        if (LocalFiles.isRemote(location)) {
            name = Redactor.location(location);
        } else {
            int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
            name = slash >= 0 ? location.substring(slash + 1) : location;
        }
        return CalendarSourceConfig.builder(name.isBlank() ? "calendar" : name, SourceType.guess(location), location);
    }
}
