package com.wedsync.guardian.hikari;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;

/** Real HikariCP pools over private in-memory H2 databases. */
final class H2Pools {

    private H2Pools() {
    }

    static HikariConfig config(int max) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        c.setUsername("sa");
        c.setPassword("");
        c.setPoolName("h2-" + UUID.randomUUID().toString().substring(0, 8));
        c.setMaximumPoolSize(max);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(250);
        return c;
    }

    /** A data source whose pool starts at its first getConnection. */
    static HikariDataSource lazy(int max) {
        HikariDataSource ds = new HikariDataSource();
        config(max).copyStateTo(ds);
        return ds;
    }
}
