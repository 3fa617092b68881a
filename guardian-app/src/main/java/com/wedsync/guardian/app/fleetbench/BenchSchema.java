package com.wedsync.guardian.app.fleetbench;

import com.wedsync.guardian.jdbc.store.GuardianStore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/** A fleet store in a schema of its own for one bench run (fleet_bench_RANDOM), dropped afterwards. */
final class BenchSchema implements AutoCloseable {

    final String url;
    final String user;
    final String password;
    final String name;

    private BenchSchema(String url, String user, String password, String name) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    static BenchSchema create(String url, String user, String password) throws SQLException {
        String name = "fleet_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        return new BenchSchema(url, user, password, name);
    }

    /** The store URL of this schema (the base URL's parameters kept). */
    String storeUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    GuardianStore open(Duration timeout) {
        return GuardianStore.open(storeUrl(), user, password, timeout);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
