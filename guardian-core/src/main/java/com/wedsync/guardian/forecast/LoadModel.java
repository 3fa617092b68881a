package com.wedsync.guardian.forecast;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How weddings turn into connections before any history says otherwise (the calendar priors), and
 * how the forecast is fitted. Requests per hour × hold time = busy connections (Little's law,
 * docs/pools-and-database.md). Immutable; the builder names a bad field and value.
 */
public final class LoadModel {

    private final Duration holdTime;
    private final double guestRequestsPerHour;
    private final double vendorRequestsPerHour;
    private final double rsvpRequestsPerGuestPerDay;
    private final double baseConnections;
    private final ZoneId homeZone;
    private final Duration minHistory;
    private final Duration fullHistory;

    private LoadModel(Builder b) {
        this.holdTime = b.holdTime;
        this.guestRequestsPerHour = b.guestRequestsPerHour;
        this.vendorRequestsPerHour = b.vendorRequestsPerHour;
        this.rsvpRequestsPerGuestPerDay = b.rsvpRequestsPerGuestPerDay;
        this.baseConnections = b.baseConnections;
        this.homeZone = b.homeZone;
        this.minHistory = b.minHistory;
        this.fullHistory = b.fullHistory;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static LoadModel defaults() {
        return builder().build();
    }

    /** How long one request holds a connection. */
    public Duration holdTime() { return holdTime; }
    /** Requests per hour per guest around the ceremony (live updates, photos, seating). */
    public double guestRequestsPerHour() { return guestRequestsPerHour; }
    /** Requests per hour per vendor on the day. */
    public double vendorRequestsPerHour() { return vendorRequestsPerHour; }
    /** Requests per guest per day during the RSVP run-up (2–4 weeks before, docs/wedding-domain.md). */
    public double rsvpRequestsPerGuestPerDay() { return rsvpRequestsPerGuestPerDay; }
    /** Connections busy with everything but weddings, when there is no history. */
    public double baseConnections() { return baseConnections; }
    /** The zone the weekly baseline's hour-of-week is counted in. */
    public ZoneId homeZone() { return homeZone; }
    /** Less history than this: calendar priors only, with a low confidence. */
    public Duration minHistory() { return minHistory; }
    /** History from which confidence is no longer limited by its length (AWS predictive scaling: 14 days, docs/scaling-practice.md). */
    public Duration fullHistory() { return fullHistory; }

    /** Busy connections for a request rate (Little's law). */
    public double connectionsFor(double requestsPerHour) {
        return requestsPerHour / 3600.0 * holdTime.toNanos() / 1e9;
    }

    /** Builds a {@link LoadModel}. */
    public static final class Builder {
        private Duration holdTime = Duration.ofMillis(100);
        private double guestRequestsPerHour = 60;
        private double vendorRequestsPerHour = 600;
        private double rsvpRequestsPerGuestPerDay = 6;
        private double baseConnections = 1;
        private ZoneId homeZone = ZoneId.of("UTC");
        private Duration minHistory = Duration.ofDays(7);
        private Duration fullHistory = Duration.ofDays(14);

        private Builder() {
        }

        public Builder holdTime(Duration v) {
            if (v == null || v.isNegative() || v.isZero()) {
                throw new IllegalArgumentException("holdTime must be a positive duration, but was " + v);
            }
            this.holdTime = v;
            return this;
        }

        public Builder guestRequestsPerHour(double v) {
            this.guestRequestsPerHour = notNegative("guestRequestsPerHour", v);
            return this;
        }

        public Builder vendorRequestsPerHour(double v) {
            this.vendorRequestsPerHour = notNegative("vendorRequestsPerHour", v);
            return this;
        }

        public Builder rsvpRequestsPerGuestPerDay(double v) {
            this.rsvpRequestsPerGuestPerDay = notNegative("rsvpRequestsPerGuestPerDay", v);
            return this;
        }

        public Builder baseConnections(double v) {
            this.baseConnections = notNegative("baseConnections", v);
            return this;
        }

        public Builder homeZone(ZoneId v) {
            this.homeZone = Objects.requireNonNull(v, "homeZone");
            return this;
        }

        public Builder minHistory(Duration v) {
            if (v == null || v.isNegative()) {
                throw new IllegalArgumentException("minHistory must be a duration >= 0, but was " + v);
            }
            this.minHistory = v;
            return this;
        }

        public Builder fullHistory(Duration v) {
            if (v == null || v.isNegative() || v.isZero()) {
                throw new IllegalArgumentException("fullHistory must be a positive duration, but was " + v);
            }
            this.fullHistory = v;
            return this;
        }

        public LoadModel build() {
            if (fullHistory.compareTo(minHistory) < 0) {
                throw new IllegalArgumentException("fullHistory must be >= minHistory (" + minHistory + "), but was " + fullHistory);
            }
            return new LoadModel(this);
        }

        private static double notNegative(String field, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(field + " must be >= 0, but was " + v);
            }
            return v;
        }
    }
}
