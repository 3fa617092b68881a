package com.wedsync.guardian.spring;

import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.GuardianBuilder;
import com.wedsync.guardian.app.service.ServiceAssembly;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * The guardian's life inside the application context. It is assembled once the application is ready
 * ({@link ApplicationReadyEvent}), so after Boot's own HikariCP metrics binder has given each pool its tracker (the
 * guardian chains after it, and {@code hikaricp_*} keep counting), on a thread of its own: opening its store (Flyway),
 * reading the calendars and the first tick take nothing from the application's start-up, which is over by then. If it cannot start (its store is
 * unreachable, say), the application runs on without it, and the log, {@code /actuator/guardian} and
 * {@code /actuator/health/guardian} say why. It stops after the web server has drained its requests and before the
 * pools close (they close with their beans, after every lifecycle has stopped). Pools created while it runs are
 * attached as they are created, and a routing data source's targets are looked at again every
 * {@link #RESCAN_TICKS} ticks.
 */
public final class GuardianRunner implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

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
    private final CountDownLatch firstTick = new CountDownLatch(1);
    private volatile Guardian guardian;
    private volatile Thread starting;
    private volatile boolean running;
    private boolean assembling;
    private volatile String failure = "";
    private volatile Instant lastScan = Instant.MIN;

    GuardianRunner(GuardianProperties settings, PoolDiscovery discovery, LatePools late, Optional<MeterRegistry> registry,
                   Clock clock) {
        this.settings = settings;
        this.discovery = discovery;
        this.late = late;
        this.registry = registry.orElseGet(SimpleMeterRegistry::new);
        this.clock = clock;
    }

    /** Pools created from here on are attached; the guardian itself is assembled once the application is ready. */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        late.handTo(this::created);
    }

    /**
     * The guardian is assembled on a thread of its own once the application is ready (its runners done, its web
     * server taking requests), so that its start takes no core from the service's own start-up.
     */
    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (!running || assembling) {
            return;
        }
        assembling = true;
        Thread t = new Thread(this::assemble, "guardian-start");
        t.setDaemon(true);
        starting = t;
        t.start();
    }

    private void assemble() {
        try {
            GuardianBuilder builder = ServiceAssembly.embedded(settings.config(), clock).meterRegistry(registry);
            List<PoolDiscovery.FoundPool> pools = discovery.scan();
            for (PoolDiscovery.FoundPool p : pools) {
                builder.pool(p.name(), p.dataSource(), settings.databaseOf(p.name()));
            }
            Guardian g = builder.start();
            g.onTick(view -> {
                firstTick.countDown();
                rescanIfDue();
            });
            synchronized (this) {
                if (!running) {
                    g.close();
                    return;
                }
                guardian = g;
            }
            LOG.info("guardian started: {} pool(s) ({})", pools.size(),
                    String.join(", ", pools.stream().map(p -> p.name() + " via bean " + p.beanName()).toList()));
        } catch (RuntimeException | LinkageError e) {
            // a LinkageError too: a library version of the application's that the guardian cannot run with
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.error("the guardian could not start, the application runs on without it: {}", failure);
        } finally {
            starting = null;
        }
    }

    @Override
    public void stop() {
        Thread t;
        synchronized (this) {
            running = false;
            late.handTo(null);
            t = starting;
        }
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Guardian g;
        synchronized (this) {
            g = guardian;
            guardian = null;
        }
        if (g != null) {
            g.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The running guardian; empty while it starts, when it could not, and after stop. */
    public Optional<Guardian> guardian() {
        return Optional.ofNullable(guardian);
    }

    /** Why the guardian is not running: it could not start (the message), or it is starting or stopped (""). */
    public String failure() {
        return failure;
    }

    /** Waits until the guardian has completed its first tick; false when it did not within {@code timeout}. */
    public boolean awaitFirstTick(Duration timeout) throws InterruptedException {
        return firstTick.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void created(String beanName, DataSource ds) {
        discovery.remember(beanName, ds);
        if (guardian != null) {
            attach(discovery.scan()); // while it starts, its first tick's scan finds the bean
        }
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
