package com.wedsync.guardian.alert.evaluate;

import com.wedsync.guardian.alert.Severity;
import com.wedsync.guardian.health.HealthStatus;

import java.util.Arrays;
import java.util.Objects;

/**
 * How loud a condition is, by the status its reason reports and the wedding criticality (1–5).
 * The same saturation is a warning on a quiet Tuesday and critical during a ceremony.
 *
 * <pre>
 * status \ criticality   1         2         3         4         5
 * DEGRADED               WARNING   WARNING   WARNING   CRITICAL  CRITICAL
 * CRITICAL               WARNING   WARNING   CRITICAL  CRITICAL  CRITICAL
 * DOWN                   CRITICAL  CRITICAL  CRITICAL  CRITICAL  CRITICAL
 * UNKNOWN                WARNING   WARNING   WARNING   CRITICAL  CRITICAL
 * calendar_stale         INFO      INFO      WARNING   WARNING   WARNING
 * </pre>
 * A wedding today (3) makes a CRITICAL pool critical; one in progress (4) makes any trouble critical.
 */
public final class SeverityTable {

    private static final int STALE_ROW = 0; // HEALTHY never alerts, so its row holds calendar_stale
    private final Severity[][] table;

    private SeverityTable(Severity[][] table) {
        this.table = table;
    }

    public static SeverityTable defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The severity of a reason with this status at this criticality score. */
    public Severity of(HealthStatus status, int criticality) {
        if (status == HealthStatus.HEALTHY) {
            throw new IllegalArgumentException("status must not be HEALTHY: a healthy reason raises no alert");
        }
        return table[status.ordinal()][criticality - 1];
    }

    /** The severity of a stale calendar at this criticality score. */
    public Severity calendarStale(int criticality) {
        return table[STALE_ROW][criticality - 1];
    }

    public static final class Builder {
        private final Severity[][] table = new Severity[HealthStatus.values().length][];

        private Builder() {
            table[STALE_ROW] = row(Severity.INFO, Severity.INFO, Severity.WARNING, Severity.WARNING, Severity.WARNING);
            table[HealthStatus.DEGRADED.ordinal()] = row(Severity.WARNING, Severity.WARNING, Severity.WARNING,
                    Severity.CRITICAL, Severity.CRITICAL);
            table[HealthStatus.CRITICAL.ordinal()] = row(Severity.WARNING, Severity.WARNING, Severity.CRITICAL,
                    Severity.CRITICAL, Severity.CRITICAL);
            table[HealthStatus.DOWN.ordinal()] = row(Severity.CRITICAL, Severity.CRITICAL, Severity.CRITICAL,
                    Severity.CRITICAL, Severity.CRITICAL);
            table[HealthStatus.UNKNOWN.ordinal()] = row(Severity.WARNING, Severity.WARNING, Severity.WARNING,
                    Severity.CRITICAL, Severity.CRITICAL);
        }

        private static Severity[] row(Severity... s) {
            return s;
        }

        /** Sets one cell: a reason with {@code status} at criticality {@code criticality} gets {@code severity}. */
        public Builder set(HealthStatus status, int criticality, Severity severity) {
            Objects.requireNonNull(status, "status");
            if (status == HealthStatus.HEALTHY) {
                throw new IllegalArgumentException("status must be DEGRADED, CRITICAL, DOWN or UNKNOWN, but was HEALTHY");
            }
            table[status.ordinal()][checkCriticality(criticality) - 1] = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /** Sets the severity of a stale calendar at one criticality. */
        public Builder calendarStale(int criticality, Severity severity) {
            table[STALE_ROW][checkCriticality(criticality) - 1] = Objects.requireNonNull(severity, "severity");
            return this;
        }

        private static int checkCriticality(int criticality) {
            if (criticality < 1 || criticality > 5) {
                throw new IllegalArgumentException("criticality must be between 1 and 5, but was " + criticality);
            }
            return criticality;
        }

        public SeverityTable build() {
            Severity[][] copy = new Severity[table.length][];
            for (int i = 0; i < table.length; i++) {
                copy[i] = table[i] == null ? null : Arrays.copyOf(table[i], table[i].length);
            }
            return new SeverityTable(copy);
        }
    }
}
