package com.wedsync.guardian.bench.scenario;

import com.wedsync.guardian.server.ServerView;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Locale;

/** One sizing policy of the scenario, ticked on the compressed clock. */
interface SizingController {

    /** The policy's name in the results. */
    String name();

    /** The pool's size when the day starts. */
    default void configure(com.zaxxer.hikari.HikariConfig config, int staticSize) {
        config.setMaximumPoolSize(staticSize);
        config.setMinimumIdle(staticSize);
    }

    /** What the load acquires its connections through: the pool itself, unless the policy sits in front of it. */
    default DataSource dataSource(HikariDataSource pool) {
        return pool;
    }

    void tick(HikariDataSource ds, Instant sim, LoadDriver.Interval interval, long timeoutsTotal, ServerView view);

    int actions();

    int blockedActions();

    /** static | reactive (FlexyPool) | guardian. */
    static SizingController of(String name, ScenarioDay day, ScenarioConfig config, double perConnectionMs) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "static" -> new StaticSizing();
            case "reactive" -> new FlexyPoolSizing(config.overgrowLimit());
            case "guardian" -> new GuardianSizing(day, config, perConnectionMs);
            default -> throw new IllegalArgumentException("--policies must list static, reactive or guardian, but had " + name);
        };
    }

    /** The configured size, all day. */
    final class StaticSizing implements SizingController {
        @Override
        public String name() {
            return "static";
        }

        @Override
        public void tick(HikariDataSource ds, Instant sim, LoadDriver.Interval interval, long timeoutsTotal, ServerView view) {
        }

        @Override
        public int actions() {
            return 0;
        }

        @Override
        public int blockedActions() {
            return 0;
        }
    }
}
