package com.wedsync.guardian.freeze;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Entries;
import com.wedsync.guardian.config.Member;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.ValueType;
import com.wedsync.guardian.wedding.Criticality;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** {@code freeze:} the deploy freeze policy's keys, declared once (the GitHub part is guardian-app's). */
public final class FreezeSchema {

    public static final Setting<List<String>> ENVIRONMENTS = Setting.strings("environments", List.of("production"),
            "the gated environments");
    public static final Setting<Criticality> THRESHOLD = Setting.enumOf("threshold", Criticality.class,
            FreezePolicy.DEFAULT_THRESHOLD, "frozen at this criticality and above (high: a wedding today in its venue's"
                    + " zone); protected windows always freeze");
    public static final Setting<Boolean> ALLOW_UNGATED = Setting.bool("allowUngated", true,
            "an environment not listed may deploy, and the answer says it is not gated");
    public static final Setting<List<String>> EXEMPT_SERVICES = Setting.strings("exemptServices", List.of(),
            "services never frozen");
    public static final Setting<Duration> LOOKAHEAD = Setting.duration("lookahead", Duration.ofDays(1),
            FreezePolicy.MAX_LOOKAHEAD, FreezePolicy.DEFAULT_LOOKAHEAD, "how far ahead until and the next freeze are looked for");

    public static final Setting<FreezeWindow.Kind> KIND = Setting.enumOf("kind", FreezeWindow.Kind.class, null,
            "deny freezes; when any allow window exists, deploys go out only inside one").required();
    public static final Setting<CronSchedule> SCHEDULE = Setting.of("schedule", ValueType.parsed("a cron schedule",
            "java.lang.String", CronSchedule::parse, CronSchedule::toString), null,
            "when the window opens: minute hour day-of-month month day-of-week").required();
    public static final Setting<Duration> DURATION = Setting.duration("duration", Duration.ofMinutes(1),
            FreezeWindow.MAX_DURATION, null, "how long it stays open").required();
    public static final Setting<ZoneId> TIME_ZONE = Setting.zone("timeZone", ZoneId.of("UTC"), "the zone the schedule is read in");
    public static final Entries WINDOWS = Entries.of("windows", "extra windows in Argo CD's shape; deny wins over allow",
            Section.of("", "one window", KIND, SCHEDULE, DURATION, TIME_ZONE));

    /** The policy's members; guardian-app adds {@code github}. */
    public static final List<Member> MEMBERS = List.of(ENVIRONMENTS, THRESHOLD, ALLOW_UNGATED, EXEMPT_SERVICES,
            LOOKAHEAD, WINDOWS);

    private FreezeSchema() {
    }

    /** The policy {@code freeze} gives; every key optional. */
    public static FreezePolicy policy(ConfigReader f) {
        FreezePolicy.Builder b = FreezePolicy.builder().threshold(f.get(THRESHOLD)).ungatedAllowed(f.get(ALLOW_UNGATED))
                .lookahead(f.get(LOOKAHEAD));
        f.get(ENVIRONMENTS).forEach(e -> f.attempt(ENVIRONMENTS.key(), () -> b.gatedEnvironment(e)));
        f.get(EXEMPT_SERVICES).forEach(s -> f.attempt(EXEMPT_SERVICES.key(), () -> b.exemptService(s)));
        for (ConfigReader w : f.entries(WINDOWS)) {
            window(w).ifPresent(window -> f.attempt(WINDOWS.key(), () -> b.window(window)));
        }
        return b.build();
    }

    private static Optional<FreezeWindow> window(ConfigReader w) {
        Optional<FreezeWindow.Kind> kind = w.find(KIND);
        Optional<CronSchedule> schedule = w.find(SCHEDULE);
        Optional<Duration> duration = w.find(DURATION);
        ZoneId zone = w.get(TIME_ZONE);
        if (kind.isEmpty() || schedule.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return w.build(() -> new FreezeWindow(kind.get(), schedule.get(), duration.get(), zone));
    }
}
