package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.jdbc.store.GuardianStore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/** A fleet store in a schema of its own (PREFIX_RANDOM) for one bench run or demo, dropped afterwards. */
public final class ScratchSchema implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String name;

    private ScratchSchema(String url, String user, String password, String name) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    public static ScratchSchema create(String prefix, String url, String user, String password) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        return new ScratchSchema(url, user, password, name);
    }

    /** The schema's name. */
    public String name() {
        return name;
    }

    /** The store URL of this schema (the base URL's parameters kept). */
    public String storeUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public GuardianStore open(Duration timeout) {
        return GuardianStore.open(storeUrl(), user, password, timeout);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
