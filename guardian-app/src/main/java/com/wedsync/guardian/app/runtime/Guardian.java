package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.app.github.DeploymentGate;
import com.wedsync.guardian.loop.Loop;
import com.wedsync.guardian.loop.Loops;
import com.wedsync.guardian.app.fleet.Fleet;
import com.wedsync.guardian.hikari.HikariPoolProbe;
import com.wedsync.guardian.hikari.HikariPoolResizer;
import com.wedsync.guardian.scaling.ManagedPool;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.zaxxer.hikari.HikariDataSource;
import com.wedsync.guardian.metrics.GuardianMetrics;
import com.wedsync.guardian.pool.PoolProbe;
import com.wedsync.guardian.pool.PoolSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The guardian at work: every tick, the stages assembled in {@link GuardianBuilder#start()} observe the pools,
 * read the databases' own views, judge health, and so on; the result is frozen into a {@link GuardianView}.
 * Embed it with {@link #builder()}.
 */
public final class Guardian implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Guardian.class);

    private final Clock clock;
    private final Duration tickInterval;
    private final WatchedPools pools;
    private final List<TickStage> stages;
    private final List<AutoCloseable> resources;
    private final List<Consumer<GuardianView>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> failingStages = new ConcurrentHashMap<>();
    private final Loops loops;
    private final Loop tickLoop;
    private volatile GuardianView view;
    private ScheduledExecutorService scheduler;
    private volatile int httpPort = -1;
    private GuardianMetrics metrics;

    private final EmergencyDeclarations emergencies;
    private CalendarStatus calendar;
    private Alerting alerting;
    private Scaling scaling;
    private Function<String, ScalingPolicy> policies;
    private OperatorLimits operatorLimits = OperatorLimits.defaults();
    private Fleet fleet;
    private DeployFreeze freeze;
    private DeploymentGate github;

    Guardian(Clock clock, Duration tickInterval, WatchedPools pools, List<TickStage> stages,
             List<AutoCloseable> resources, EmergencyDeclarations emergencies, Loops loops) {
        this.pools = pools;
        this.loops = loops;
        this.tickLoop = loops.register("tick", stallAfter(tickInterval));
        this.emergencies = emergencies;
        this.clock = clock;
        this.tickInterval = tickInterval;
        this.stages = List.copyOf(stages);
        this.resources = new ArrayList<>(resources);
        this.view = GuardianView.empty(clock.instant());
    }

    /** A tick may wait on slow probes; ten missed ticks, and at least 30 s, without one completing is a stall. */
    static Duration stallAfter(Duration tickInterval) {
        Duration ten = tickInterval.multipliedBy(10);
        return ten.compareTo(Duration.ofSeconds(30)) < 0 ? Duration.ofSeconds(30) : ten;
    }

    public static GuardianBuilder builder() {
        return new GuardianBuilder();
    }

    /** Starts watching a pool, now or while running; its meters, alerts and scaling follow from the next tick. */
    public void addPool(PoolProbe probe, Optional<String> database) {
        pools.add(probe, database);
    }

    /**
     * Starts watching a running HikariCP pool of this JVM while the guardian runs (a pool created after start, such
     * as a routing data source's new target): observed, judged, alerted on and metered from the next tick, and
     * managed by the scaling engine when scaling is configured and {@code database} names the database it draws on.
     */
    public void addPool(String name, HikariDataSource ds, String database) {
        pools.add(HikariPoolProbe.attach(name, ds, clock), Optional.ofNullable(database));
        if (scaling != null && database != null) {
            scaling.engine().register(new ManagedPool(name, database, HikariPoolResizer.of(name, ds), policies.apply(name)));
        }
    }

    /** Stops watching a pool; false when there was none of that name. */
    public boolean removePool(String name) {
        return pools.remove(name);
    }

    /** Runs one tick now, on the calling thread. The scheduler calls this; tests may too. */
    public synchronized GuardianView tick() {
        TickState state = new TickState(clock.instant(), pools.all());
        for (TickStage stage : stages) {
            isolated("tick stage " + stage.getClass().getSimpleName(), () -> stage.run(state));
        }
        List<PoolStatus> statuses = new ArrayList<>();
        for (MonitoredPool p : state.pools) {
            var context = p.health() == null ? state.context
                    : state.context.withPoolHealth(p.name(), p.health().status());
            statuses.add(new PoolStatus(p.name(), p.database().orElse(null), p.latest(), p.health(), context));
        }
        GuardianView v = new GuardianView(state.now, statuses, List.copyOf(state.serverViews.values()), state.context,
                state.calendarAges);
        view = v;
        metrics.refresh();
        for (Consumer<GuardianView> l : listeners) {
            isolated("tick listener " + l.getClass().getName(), () -> l.accept(v));
        }
        return v;
    }

    /**
     * Runs one stage or listener of the tick: one that fails must not stop the others, nor the next tick; said once
     * when it starts failing, not every second.
     */
    private void isolated(String name, Runnable part) {
        try {
            part.run();
            failingStages.remove(name);
        } catch (RuntimeException e) {
            if (failingStages.merge(name, 1, Integer::sum) == 1) {
                LOG.error("{} failed: {}", name, e.toString());
            }
        }
    }

    /** What the latest tick found. */
    public GuardianView view() {
        return view;
    }

    /** Called with each new view, on the tick thread (the console uses it). */
    public void onTick(Consumer<GuardianView> listener) {
        listeners.add(listener);
    }

    /** The pool's snapshots since {@code from} (one per 10 s, up to an hour). */
    public List<PoolSnapshot> history(String pool, Instant from) {
        return pools.history(pool, from);
    }

    /** The port the HTTP API listens on, or -1 when it does not serve one. */
    public int httpPort() {
        return httpPort;
    }

    void httpPort(int port) {
        this.httpPort = port;
    }

    void metrics(GuardianMetrics m) {
        this.metrics = m;
        resources.add(0, m);
    }

    /** The guardian's meters and exporters ({@code GET /metrics} serves their Prometheus scrape). */
    public GuardianMetrics metrics() {
        return metrics;
    }

    void alerting(Alerting a) {
        this.alerting = a;
        if (a != null) {
            resources.add(a);
        }
    }

    /** The alert desk and dispatcher, when alerts are configured. */
    public Optional<Alerting> alerting() {
        return Optional.ofNullable(alerting);
    }

    void scaling(Scaling s) {
        this.scaling = s;
    }

    void scalingPolicies(Function<String, ScalingPolicy> byPool) {
        this.policies = byPool;
    }

    /** The scaling engine and its forecasts, when scaling is configured. */
    public Optional<Scaling> scaling() {
        return Optional.ofNullable(scaling);
    }

    void fleet(Fleet f) {
        this.fleet = f;
    }

    /** This instance's side of the fleet, when {@code fleet.enabled}. */
    public Optional<Fleet> fleet() {
        return Optional.ofNullable(fleet);
    }

    void calendar(CalendarStatus c) {
        this.calendar = c;
    }

    /** The calendar the context comes from: its freshness and, when polled, each source's standing. */
    public CalendarStatus calendar() {
        return calendar;
    }

    /** The background loops (tick, calendar, outbox dispatcher), for {@code /healthz}. */
    public Loops loops() {
        return loops;
    }

    /** Operator-declared emergencies (criticality 5 until they lapse). */
    public EmergencyDeclarations emergencies() {
        return emergencies;
    }

    void operatorLimits(OperatorLimits limits) {
        this.operatorLimits = limits;
    }

    /** How long an operator's override or emergency declaration may last. */
    public OperatorLimits operatorLimits() {
        return operatorLimits;
    }

    void github(DeploymentGate g) {
        this.github = g;
    }

    /** GitHub's deployment protection rule, when {@code freeze.github} is configured. */
    public Optional<DeploymentGate> github() {
        return Optional.ofNullable(github);
    }

    void freeze(DeployFreeze f) {
        this.freeze = f;
    }

    /** The deploy freeze: decisions, exports and break-glass overrides. */
    public DeployFreeze freeze() {
        return freeze;
    }

    public Clock clock() {
        return clock;
    }

    /** Ticks on a background thread every tick interval until closed. */
    synchronized Guardian startTicking() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "guardian-tick");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleAtFixedRate(() -> tickLoop.run(this::tick), 0, tickInterval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    void addResource(AutoCloseable resource) {
        resources.add(resource);
    }

    @Override
    public void close() {
        ScheduledExecutorService s;
        synchronized (this) {
            s = scheduler;
        }
        if (s != null) {
            s.shutdownNow();
            try {
                s.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (MonitoredPool p : pools.all()) {
            p.close();
        }
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", resources.get(i).getClass().getSimpleName(), e.toString());
            }
        }
    }
}
