package com.wedsync.guardian.jdbc.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.Locale;

/**
 * The guardian's own database: a small pool over the store URL, migrated by Flyway on open.
 * Migrations live in {@code db/guardian/h2} and {@code db/guardian/postgresql}, one version
 * sequence per vendor (outbox V1, audit log and forecast ledger V2, ...). Not under Flyway's default
 * {@code db/migration}: in a Spring Boot application (the starter) Boot's own Flyway migrates the
 * application's database from there, and must never find the guardian's tables. Flyway records a
 * script by its name relative to the location, so stores migrated from the old location validate.
 */
public final class GuardianStore implements AutoCloseable {

    /** The store pool's name, and its connections' {@code application_name} on PostgreSQL. */
    public static final String APPLICATION_NAME = "guardian-store";
    /** The default store: an H2 file under ./data (docs/runtime-conventions.md, embedded default). */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/guardian;AUTO_SERVER=FALSE";

    private final HikariDataSource dataSource;

    private GuardianStore(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the store at {@code url} (H2 or PostgreSQL) and applies pending migrations. */
    public static GuardianStore open(String url, String user, String password) {
        return open(url, user, password, null);
    }

    /**
     * As {@link #open(String, String, String)}, waiting at most {@code timeout} for a connection or a PostgreSQL
     * answer: the fleet's heartbeat runs on the tick and must not hang on a store that went away.
     */
    public static GuardianStore open(String url, String user, String password, java.time.Duration timeout) {
        HikariConfig config = new HikariConfig();
        if (timeout != null) {
            config.setConnectionTimeout(Math.max(250, timeout.toMillis()));
            config.setValidationTimeout(Math.max(250, Math.min(timeout.toMillis(), config.getConnectionTimeout())));
            if (vendor(url).equals("postgresql")) {
                config.addDataSourceProperty("socketTimeout", Math.max(1, timeout.toSeconds()));
                config.addDataSourceProperty("connectTimeout", Math.max(1, timeout.toSeconds()));
            }
        }
        config.setJdbcUrl(url);
        if (vendor(url).equals("postgresql")) {
            // pg_stat_activity names the guardians' own connections; the fleet counts them as clients outside its pools
            config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        }
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName(APPLICATION_NAME);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/guardian/" + vendor(url))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new GuardianStore(ds);
    }

    static String vendor(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        if (u.startsWith("jdbc:h2:")) {
            return "h2";
        }
        throw new IllegalArgumentException("store must be a jdbc:h2: or jdbc:postgresql: URL");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
