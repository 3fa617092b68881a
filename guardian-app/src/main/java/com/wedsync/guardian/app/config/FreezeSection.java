package com.wedsync.guardian.app.config;

import com.wedsync.guardian.app.github.AppJwt;
import com.wedsync.guardian.app.github.GitHubSettings;
import com.wedsync.guardian.freeze.CronSchedule;
import com.wedsync.guardian.freeze.FreezePolicy;
import com.wedsync.guardian.freeze.FreezeWindow;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.wedding.Criticality;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** {@code freeze:} the deploy freeze policy (issue 15); every key is optional (FreezePolicy has the defaults). */
final class FreezeSection {

    private FreezeSection() {
    }

    static FreezeSettings read(ConfigNode f) {
        f.allowOnly("environments", "threshold", "allowUngated", "exemptServices", "lookahead", "windows", "github");
        return new FreezeSettings(policy(f), f.has("github") ? github(f.child("github")) : Optional.empty());
    }

    private static FreezePolicy policy(ConfigNode f) {
        FreezePolicy.Builder b = FreezePolicy.builder();
        f.stringList("environments").forEach(e -> f.set("environments", k -> Optional.of(e), b::gatedEnvironment));
        f.set("threshold", k -> f.parsed(k, "one of routine, elevated, high, critical, emergency",
                s -> Criticality.valueOf(s.toUpperCase(Locale.ROOT))), b::threshold);
        f.set("allowUngated", f::optionalBool, b::ungatedAllowed);
        f.stringList("exemptServices").forEach(s -> f.set("exemptServices", k -> Optional.of(s), b::exemptService));
        f.set("lookahead", f::optionalDuration, b::lookahead);
        for (ConfigNode w : f.list("windows")) {
            window(w).ifPresent(window -> f.set("windows", k -> Optional.of(window), b::window));
        }
        return b.build();
    }

    /** {@code github:} the webhook secret and the App's id and key (both secrets: write them as ${VARIABLES}). */
    private static Optional<GitHubSettings> github(ConfigNode g) {
        g.allowOnly("webhookSecret", "appId", "privateKey", "apiUrl", "maxHold");
        String secret = g.requiredString("webhookSecret");
        String appId = g.requiredString("appId");
        String key = g.requiredString("privateKey");
        URI api = g.url("apiUrl", false, "https", "http").orElse(GitHubSettings.DEFAULT_API);
        Duration maxHold = g.duration("maxHold", Duration.ZERO, GitHubSettings.LONGEST_HOLD, GitHubSettings.DEFAULT_MAX_HOLD);
        if (secret.isBlank() || appId.isBlank() || key.isBlank()) {
            return Optional.empty();
        }
        try {
            GitHubSettings settings = new GitHubSettings(Secret.of(secret), appId.strip(), Secret.of(key), api, maxHold);
            new AppJwt(settings.appId(), settings.privateKey());
            return Optional.of(settings);
        } catch (IllegalArgumentException e) {
            g.problem("privateKey", e.getMessage());
            return Optional.empty();
        }
    }

    /** One {@code kind/schedule/duration/timeZone} entry; every problem is reported at its own key. */
    private static Optional<FreezeWindow> window(ConfigNode w) {
        w.allowOnly("kind", "schedule", "duration", "timeZone");
        Optional<FreezeWindow.Kind> kind = w.parsed("kind", "allow or deny",
                s -> FreezeWindow.Kind.valueOf(s.toUpperCase(Locale.ROOT)));
        if (kind.isEmpty() && !w.has("kind")) {
            w.problem("kind", "is required (allow or deny)");
        }
        Optional<CronSchedule> schedule = Optional.empty();
        String cron = w.requiredString("schedule");
        if (!cron.isBlank()) {
            try {
                schedule = Optional.of(CronSchedule.parse(cron));
            } catch (IllegalArgumentException e) {
                w.problem("schedule", e.getMessage());
            }
        }
        if (!w.has("duration")) {
            w.problem("duration", "is required (such as 2h)");
        }
        Duration duration = w.duration("duration", Duration.ofMinutes(1), FreezeWindow.MAX_DURATION, Duration.ZERO);
        ZoneId zone = w.parsed("timeZone", "an IANA zone such as Europe/London", ZoneId::of).orElse(ZoneId.of("UTC"));
        if (kind.isEmpty() || schedule.isEmpty() || duration.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new FreezeWindow(kind.get(), schedule.get(), duration, zone));
    }
}
