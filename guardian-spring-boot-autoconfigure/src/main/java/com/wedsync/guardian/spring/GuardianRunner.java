package com.wedsync.guardian.spring;

import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.GuardianBuilder;
import com.wedsync.guardian.app.service.ServiceAssembly;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The guardian's life inside the application context. It starts once every singleton is created, so after Boot's
 * own HikariCP metrics binder has given each pool its tracker (the guardian chains after it, and {@code hikaricp_*}
 * keep counting), and before the web server takes requests; it stops after the web server has drained its requests
 * and before the pools close (they close with their beans, after every lifecycle has stopped). Pools created while it
 * runs are attached as they are created, and a routing data source's targets are looked at again every
 * {@link #RESCAN_TICKS} ticks.
 */
public final class GuardianRunner implements SmartLifecycle {

    /** Starts before, and stops after, Boot's web server (its phase is {@code DEFAULT_PHASE - 2048}). */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    /** A routing data source's targets are looked at again every this many ticks (10 s at the default tick). */
    static final int RESCAN_TICKS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(GuardianRunner.class);

    private final GuardianProperties settings;
    private final PoolDiscovery discovery;
    private final LatePools late;
    private final MeterRegistry registry;
    private final Clock clock;
    private volatile Guardian guardian;
    private volatile Instant lastScan = Instant.MIN;

    GuardianRunner(GuardianProperties settings, PoolDiscovery discovery, LatePools late, Optional<MeterRegistry> registry,
                   Clock clock) {
        this.settings = settings;
        this.discovery = discovery;
        this.late = late;
        this.registry = registry.orElseGet(SimpleMeterRegistry::new);
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (guardian != null) {
            return;
        }
        late.handTo(this::created);
        GuardianBuilder builder = ServiceAssembly.embedded(settings.config(), clock).meterRegistry(registry);
        List<PoolDiscovery.FoundPool> pools = discovery.scan();
        for (PoolDiscovery.FoundPool p : pools) {
            builder.pool(p.name(), p.dataSource(), settings.databaseOf(p.name()));
        }
        Guardian g = builder.start();
        g.onTick(view -> rescanIfDue());
        guardian = g;
        LOG.info("guardian started: {} pool(s) ({})", pools.size(),
                String.join(", ", pools.stream().map(p -> p.name() + " via bean " + p.beanName()).toList()));
    }

    @Override
    public synchronized void stop() {
        Guardian g = guardian;
        guardian = null;
        late.handTo(null);
        if (g != null) {
            g.close();
        }
    }

    @Override
    public boolean isRunning() {
        return guardian != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The running guardian; empty before start and after stop. */
    public Optional<Guardian> guardian() {
        return Optional.ofNullable(guardian);
    }

    private void created(String beanName, DataSource ds) {
        attach(discovery.created(beanName, ds));
    }

    private void rescanIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(lastScan.plus(settings.config().tick().multipliedBy(RESCAN_TICKS))) && !now.isBefore(lastScan)) {
            return;
        }
        lastScan = now;
        attach(discovery.scan());
    }

    private void attach(List<PoolDiscovery.FoundPool> found) {
        Guardian g = guardian;
        if (g == null) {
            return;
        }
        for (PoolDiscovery.FoundPool p : found) {
            try {
                g.addPool(p.name(), p.dataSource(), settings.databaseOf(p.name()));
                LOG.info("guardian watches pool {} (bean {}), created while running", p.name(), p.beanName());
            } catch (RuntimeException e) {
                LOG.warn("pool {} (bean {}) could not be watched: {}", p.name(), p.beanName(), e.getMessage());
            }
        }
    }
}
