package com.wedsync.guardian.app.demo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Threads that behave like the platform on a wedding Saturday: each borrows a connection, reads a wedding's
 * timeline, holds the connection a while, and returns it; how many are busy follows {@link SaturdayLoad}.
 */
final class SaturdayWorkload implements AutoCloseable {

    private static final int WORKERS = 40;

    private final DataSource dataSource;
    private final Clock venueClock;
    private final ZoneId zone;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final LongAdder served = new LongAdder();
    private final LongAdder failed = new LongAdder();

    SaturdayWorkload(DataSource dataSource, Clock venueClock, ZoneId zone) {
        this.dataSource = dataSource;
        this.venueClock = venueClock;
        this.zone = zone;
    }

    /** Creates the timeline table the requests read. */
    static void createSchema(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS timeline (wedding_id INT, at_minute INT, item VARCHAR(80))");
            s.execute("DELETE FROM timeline");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO timeline VALUES (?, ?, ?)")) {
                for (int w = 0; w < 50; w++) {
                    for (int m = 0; m < 24; m++) {
                        p.setInt(1, w);
                        p.setInt(2, m * 30);
                        p.setString(3, "item " + m);
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
        }
    }

    void start() {
        for (int i = 0; i < WORKERS; i++) {
            int index = i;
            Thread t = new Thread(() -> work(index), "demo-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void work(int index) {
        while (running.get()) {
            LocalTime now = LocalTime.ofInstant(venueClock.instant(), zone);
            if (index >= SaturdayLoad.concurrency(now)) {
                pause(100);
                continue;
            }
            try (Connection c = dataSource.getConnection();
                 PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM timeline WHERE wedding_id = ?")) {
                p.setInt(1, ThreadLocalRandom.current().nextInt(50));
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                }
                // The request keeps its connection while it renders the timeline for the vendor.
                pause(SaturdayLoad.holdMillis(now));
                served.increment();
            } catch (SQLException e) {
                failed.increment();
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    long served() {
        return served.sum();
    }

    long failed() {
        return failed.sum();
    }

    @Override
    public void close() {
        running.set(false);
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
