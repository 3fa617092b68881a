package com.wedsync.guardian.bench.fleet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A client outside the fleet that comes and goes, as a job on a schedule does: {@code size} connections opened at each
 * of {@code at} (System.nanoTime), held for {@value #HELD_SAMPLES} samples, then closed. Counts the samples above the
 * usable budget from each opening until {@value #AFTER_SAMPLES} samples after its closing: what the burst cost.
 */
final class OutsideBurst implements AutoCloseable {

    /** Samples (seconds) a burst holds its connections. */
    static final int HELD_SAMPLES = 2;
    /** Samples after the closing still counted to the burst (the fleet's give-backs and regrowth). */
    static final int AFTER_SAMPLES = 3;
    /** {@code application_name} of the burst's connections: not a member's ({@code fleet-bench-%}). */
    static final String APPLICATION = "outside-burst";

    private final String url;
    private final String user;
    private final String password;
    private final int size;
    private final List<Long> at;
    private final int[] above;
    private final String[] failed;
    private final List<Connection> open = new ArrayList<>();
    private int next;
    private int current = -1;
    private int samplesSince;

    OutsideBurst(String url, String user, String password, int size, List<Long> at) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.size = size;
        this.at = List.copyOf(at);
        this.above = new int[at.size()];
        this.failed = new String[at.size()];
    }

    /**
     * Before a sample at {@code now}: opens the next burst when it is due (a connection it cannot open is said in the
     * report, not thrown), closes the current one when it has held.
     */
    void step(long now) throws SQLException {
        if (size <= 0) {
            return;
        }
        if (current >= 0) {
            samplesSince++;
            if (samplesSince == HELD_SAMPLES) {
                close();
            } else if (samplesSince > HELD_SAMPLES + AFTER_SAMPLES) {
                current = -1;
            }
        }
        if (current < 0 && next < at.size() && now >= at.get(next)) {
            current = next++;
            samplesSince = 0;
            Properties p = new Properties();
            p.setProperty("user", user);
            if (password != null) {
                p.setProperty("password", password);
            }
            p.setProperty("ApplicationName", APPLICATION);
            try {
                for (int i = 0; i < size; i++) {
                    open.add(DriverManager.getConnection(url, p));
                }
            } catch (SQLException e) {
                // a burst that cannot open all its connections is said in the report; the sampling goes on
                failed[current] = open.size() + " of " + size + " opened (" + e.getMessage() + ")";
            }
        }
    }

    /** After a sample: whether its members were above the usable budget, counted to the burst it falls in. */
    void sampled(boolean aboveUsable) {
        if (current >= 0 && aboveUsable) {
            above[current]++;
        }
    }

    /** The samples above the usable budget each burst cost, "burst 1: 2, burst 2: 0". */
    String report() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < above.length; i++) {
            b.append(i == 0 ? "" : ", ").append("burst ").append(i + 1).append(": ").append(i < next ? Integer.toString(above[i]) : "not run");
            if (failed[i] != null) {
                b.append(" (only ").append(failed[i]).append(')');
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
        open.clear();
    }
}
