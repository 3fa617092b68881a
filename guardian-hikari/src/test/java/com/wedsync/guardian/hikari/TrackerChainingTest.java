package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The guardian's tracker goes onto the pool in every state HikariCP can be in, and a tracker installed
 * before it (Spring Boot's, an agent's) keeps receiving every callback.
 */
class TrackerChainingTest {

    private static final int BORROWS = 25;

    @Test
    void notStartedWithoutTrackerIsObserved() throws Exception {
        try (HikariDataSource ds = H2Pools.lazy(4)) {
            HikariPoolProbe probe = HikariPoolProbe.attach("p", ds, Clock.systemUTC());
            assertObservesEveryBorrow(probe, ds);
        }
    }

    @Test
    void notStartedWithFactoryKeepsItsTracker() throws Exception {
        CountingTracker theirs = new CountingTracker();
        AtomicInteger creations = new AtomicInteger();
        try (HikariDataSource ds = H2Pools.lazy(4)) {
            ds.setMetricsTrackerFactory(theirs.factory(creations));
            HikariPoolProbe probe = HikariPoolProbe.attach("p", ds, Clock.systemUTC());
            assertObservesEveryBorrow(probe, ds);
            assertThat(theirs.acquired.sum()).isEqualTo(BORROWS);
            assertThat(theirs.usage.sum()).isEqualTo(BORROWS);
            assertThat(creations).hasValue(1);
        }
    }

    @Test
    void startedWithoutTrackerIsObserved() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(H2Pools.config(4))) {
            HikariPoolProbe probe = HikariPoolProbe.attach("p", ds, Clock.systemUTC());
            assertObservesEveryBorrow(probe, ds);
        }
    }

    @Test
    void startedWithTrackerKeepsTheSameTrackerInstance() throws Exception {
        CountingTracker theirs = new CountingTracker();
        AtomicInteger creations = new AtomicInteger();
        HikariConfig config = H2Pools.config(4);
        config.setMetricsTrackerFactory(theirs.factory(creations));
        try (HikariDataSource ds = new HikariDataSource(config)) {
            borrowAndClose(ds, 3);
            HikariPoolProbe probe = HikariPoolProbe.attach("p", ds, Clock.systemUTC());
            assertObservesEveryBorrow(probe, ds);
            assertThat(probe.trackerMissing()).isEmpty();
            assertThat(theirs.acquired.sum()).isEqualTo(3 + BORROWS);
            assertThat(theirs.usage.sum()).isEqualTo(3 + BORROWS);
            // Chained to the instance the pool already had, not a second one from the factory.
            assertThat(creations).hasValue(1);
        }
    }

    @Test
    void factorySetAfterAttachButBeforeStartIsChainedAtFirstSnapshot() throws Exception {
        CountingTracker theirs = new CountingTracker();
        try (HikariDataSource ds = H2Pools.lazy(4)) {
            HikariPoolProbe probe = HikariPoolProbe.attach("p", ds, Clock.systemUTC());
            ds.setMetricsTrackerFactory(theirs.factory(new AtomicInteger()));
            borrowAndClose(ds, 1);
            probe.snapshot();
            assertObservesEveryBorrow(probe, ds);
            assertThat(theirs.acquired.sum()).isEqualTo(1 + BORROWS);
        }
    }

    @Test
    void timeoutsReachBothTrackers() throws Exception {
        CountingTracker theirs = new CountingTracker();
        HikariConfig config = H2Pools.config(1);
        config.setMetricsTrackerFactory(theirs.factory(new AtomicInteger()));
        try (HikariDataSource ds = new HikariDataSource(config)) {
            HikariPoolProbe probe = HikariPoolProbe.attach("p", ds, Clock.systemUTC());
            try (Connection held = ds.getConnection()) {
                assertThat(tryBorrow(ds)).isFalse();
            }
            PoolSnapshot s = probe.snapshot();
            assertThat(s.timeoutsInterval()).isEqualTo(1);
            assertThat(theirs.timeouts.sum()).isEqualTo(1);
        }
    }

    private static void assertObservesEveryBorrow(HikariPoolProbe probe, HikariDataSource ds) throws SQLException {
        probe.snapshot(); // drains what came before the measured borrows
        borrowAndClose(ds, BORROWS);
        PoolSnapshot s = probe.snapshot();
        assertThat(s.reachable()).isTrue();
        assertThat(s.waitTime().count()).as("borrows the guardian saw").isEqualTo(BORROWS);
        assertThat(s.useTime().count()).as("returns the guardian saw").isEqualTo(BORROWS);
    }

    private static boolean tryBorrow(HikariDataSource ds) {
        try (Connection c = ds.getConnection()) {
            return true;
        } catch (SQLException timedOut) {
            return false;
        }
    }

    static void borrowAndClose(HikariDataSource ds, int times) throws SQLException {
        for (int i = 0; i < times; i++) {
            try (Connection c = ds.getConnection()) {
                c.isValid(1);
            }
        }
    }
}
