package com.wedsync.guardian.app.service;

import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.fleet.Fleet;
import com.wedsync.guardian.app.fleet.FleetTrouble;
import com.wedsync.guardian.app.runtime.GuardianBuilder;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.ServerViewSource;
import com.wedsync.guardian.calendar.RefreshingCalendar;
import com.wedsync.guardian.hikari.jmx.JmxPoolProbe;
import com.wedsync.guardian.hikari.jmx.JmxTarget;
import com.wedsync.guardian.jdbc.audit.JdbcAuditLog;
import com.wedsync.guardian.jdbc.freeze.JdbcHeldDeployments;
import com.wedsync.guardian.jdbc.ledger.JdbcForecastLedger;
import com.wedsync.guardian.jdbc.outbox.JdbcOutbox;
import com.wedsync.guardian.jdbc.server.PostgresServerProbe;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.jdbc.server.ServerProbeConfig;
import com.wedsync.guardian.secret.Secret;

import java.time.Clock;
import java.util.Objects;

/** Turns a checked {@link GuardianConfig} into a {@link GuardianBuilder}: every probe and source it names. */
public final class ServiceAssembly {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServiceAssembly.class);

    private ServiceAssembly() {
    }

    /** The service: everything {@link #embedded} assembles, with its own HTTP API and metrics exporters. */
    public static GuardianBuilder from(GuardianConfig config, Clock clock) {
        GuardianBuilder b = embedded(config, clock)
                .metrics(config.metrics())
                .http(config.http().host(), config.http().port());
        config.http().adminToken().map(Secret::reveal).ifPresent(b::adminToken);
        config.http().readToken().map(Secret::reveal).ifPresent(b::readToken);
        return b;
    }

    /**
     * Everything the config names but the HTTP API and the metrics exporters: the guardian inside another
     * application (the Spring Boot starter), which serves and exports through its own.
     */
    public static GuardianBuilder embedded(GuardianConfig config, Clock clock) {
        GuardianBuilder b = Guardian.builder()
                .clock(clock)
                .tick(config.tick())
                .health(config.health())
                .operatorLimits(config.operator())
                .freeze(config.freeze().policy());
        for (GuardianConfig.DatabaseSettings db : config.databases()) {
            b.database(serverView(db, clock));
        }
        for (GuardianConfig.JmxPoolSettings pool : config.pools()) {
            JmxTarget.Builder target = JmxTarget.builder(pool.jmxUrl(), pool.poolName()).name(pool.name());
            pool.user().ifPresent(u -> target.credentials(u, pool.password().map(Secret::reveal).orElse("")));
            JmxPoolProbe probe = JmxPoolProbe.connect(target.build(), clock);
            b.probe(probe, pool.database().orElse(null), probe.resizer());
        }
        GuardianStore store = GuardianStore.open(config.store().url(), config.store().user(), config.store().revealPassword());
        b.closeWith(store);
        b.alerts(config.alerts(), new JdbcOutbox(store.dataSource()));
        config.freeze().github().ifPresent(g -> b.github(g, new JdbcHeldDeployments(store.dataSource())));
        b.scaling(config.scaling().defaults(), config.scaling().pools(), new JdbcAuditLog(store.dataSource()),
                new JdbcForecastLedger(store.dataSource()));
        if (config.fleet().enabled()) {
            b.fleet(fleet(config, b));
        }
        if (!config.calendars().isEmpty()) {
            b.calendar(RefreshingCalendar.of(config.calendars()), config.weddings());
        }
        return b;
    }

    /**
     * The fleet's store is the guardian's own unless {@code fleet.store} names another. On the guardian's own store
     * the alert outbox is in it, and a fleet notification's claim and outbox entry are one transaction; on another,
     * the claim is committed first and the entry written to this guardian's outbox after (said at start). A new duty
     * holder waits this instance's health window and its routes' longest group wait (and 10 s) before it says the
     * all-clear of a trigger of the fleet it does not hold.
     */
    static Fleet fleet(GuardianConfig config, GuardianBuilder b) {
        GuardianConfig.StoreSettings s = config.fleet().store();
        boolean outboxInStore = s.url().equals(config.store().url()) && Objects.equals(s.user(), config.store().user());
        if (!outboxInStore) {
            LOG.warn("fleet.store is not the guardian's store: a fleet notification is claimed in the fleet store and then"
                    + " written to this instance's outbox, in two steps (an instance that dies between them loses it);"
                    + " leave fleet.store out to make them one transaction");
        }
        // Its own small pool with short timeouts even on the guardian's store: a heartbeat must not hang the tick.
        GuardianStore store = GuardianStore.open(s.url(), s.user(), s.revealPassword(), config.tick());
        b.closeWith(store);
        return new Fleet(config.instance(), config.fleet().lease(), config.fleet().outsideHold(), store.dataSource(),
                FleetTrouble.LOG, outboxInStore, Fleet.handoverGrace(config.health().window(), config.alerts().pipeline().routes()));
    }

    private static ServerViewSource serverView(GuardianConfig.DatabaseSettings db, Clock clock) {
        ServerProbeConfig.Builder c = ServerProbeConfig.builder().name(db.name()).jdbcUrl(db.url())
                .refreshInterval(db.refresh());
        if (db.user() != null) {
            c.user(db.user());
        }
        db.password().map(Secret::reveal).ifPresent(c::password);
        PostgresServerProbe probe = new PostgresServerProbe(c.build(), clock);
        return ServerViewSource.of(db.name(), probe::read, probe::close);
    }
}
