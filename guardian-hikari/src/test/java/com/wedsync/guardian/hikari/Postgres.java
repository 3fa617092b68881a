package com.wedsync.guardian.hikari;

import com.zaxxer.hikari.HikariConfig;
import java.util.UUID;

/** Pools against the project's PostgreSQL (127.0.0.1:5432, trust auth, database {@code test}). */
final class Postgres {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;

    private Postgres() {
    }

    static HikariConfig config(int port, int max, int minIdle) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:postgresql://" + HOST + ":" + port + "/test?connectTimeout=2&socketTimeout=5");
        c.setUsername("postgres");
        c.setPoolName("pg-" + UUID.randomUUID().toString().substring(0, 8));
        c.setMaximumPoolSize(max);
        c.setMinimumIdle(minIdle);
        c.setConnectionTimeout(250);
        c.setValidationTimeout(250);
        // Start even if the database is away at that moment, as an application restarted during an outage would.
        c.setInitializationFailTimeout(-1);
        // Stated, so that a cut that lands on the pool's first isolation read cannot break the pool for good
        // (HikariCP's own fault, LostIsolationTest): these tests cut and restore the database at any moment.
        c.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return c;
    }
}
