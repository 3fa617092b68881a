package com.wedsync.guardian.wedding;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the wedding context is judged: the protected hours, the home zones whose Saturdays are always
 * protected, and each source's peak season. Immutable; build with {@link #builder()}.
 */
public final class ContextPolicy {

    /** docs/wedding-domain.md, protected hours: the protected hours are 08:00–22:00 venue-local. */
    public static final LocalTime DEFAULT_PROTECTED_FROM = ProtectedHours.DEFAULT.from();
    public static final LocalTime DEFAULT_PROTECTED_TO = ProtectedHours.DEFAULT.to();

    private final LocalTime protectedFrom;
    private final LocalTime protectedTo;
    private final List<ZoneId> homeZones;
    private final List<SeasonRule> seasons;

    private ContextPolicy(Builder b) {
        this.protectedFrom = b.protectedFrom;
        this.protectedTo = b.protectedTo;
        this.homeZones = List.copyOf(b.homeZones);
        this.seasons = b.seasons.isEmpty()
                ? List.of(new SeasonRule("default", ZoneId.of("UTC"), PeakSeason.NORTHERN))
                : List.copyOf(b.seasons);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: 08:00–22:00, no home zones, the northern peak season judged in UTC. */
    public static ContextPolicy defaults() {
        return builder().build();
    }

    public LocalTime protectedFrom() {
        return protectedFrom;
    }

    public LocalTime protectedTo() {
        return protectedTo;
    }

    /** Zones whose every Saturday is protected, even with an empty or stale calendar. */
    public List<ZoneId> homeZones() {
        return homeZones;
    }

    public List<SeasonRule> seasons() {
        return seasons;
    }

    /** True when {@code time} lies in [protectedFrom, protectedTo). */
    public boolean inProtectedHours(LocalTime time) {
        return !time.isBefore(protectedFrom) && time.isBefore(protectedTo);
    }

    public static final class Builder {
        private LocalTime protectedFrom = DEFAULT_PROTECTED_FROM;
        private LocalTime protectedTo = DEFAULT_PROTECTED_TO;
        private final List<ZoneId> homeZones = new ArrayList<>();
        private final List<SeasonRule> seasons = new ArrayList<>();

        private Builder() {
        }

        public Builder protectedHours(LocalTime from, LocalTime to) {
            ProtectedHours hours = new ProtectedHours(from, to);
            this.protectedFrom = hours.from();
            this.protectedTo = hours.to();
            return this;
        }

        public Builder homeZone(ZoneId zone) {
            homeZones.add(Objects.requireNonNull(zone, "homeZone"));
            return this;
        }

        public Builder homeZones(List<ZoneId> zones) {
            zones.forEach(this::homeZone);
            return this;
        }

        public Builder season(SeasonRule rule) {
            seasons.add(Objects.requireNonNull(rule, "season"));
            return this;
        }

        public ContextPolicy build() {
            return new ContextPolicy(this);
        }
    }
}
