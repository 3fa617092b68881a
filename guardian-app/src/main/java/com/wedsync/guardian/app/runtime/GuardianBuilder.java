package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.alert.group.SendClaims;
import com.wedsync.guardian.app.config.AlertsSettings;
import com.wedsync.guardian.app.config.GuardianSchema;
import com.wedsync.guardian.app.fleet.Fleet;
import com.wedsync.guardian.app.http.ApiServer;
import com.wedsync.guardian.app.http.GuardianApi;
import com.wedsync.guardian.calendar.RefreshingCalendar;
import com.wedsync.guardian.forecast.ForecastLedger;
import com.wedsync.guardian.forecast.Forecaster;
import com.wedsync.guardian.forecast.LedgerForecasts;
import com.wedsync.guardian.forecast.LoadModel;
import com.wedsync.guardian.hikari.HikariPoolProbe;
import com.wedsync.guardian.hikari.HikariPoolResizer;
import com.wedsync.guardian.pool.PoolResizer;
import com.wedsync.guardian.app.github.DeploymentGate;
import com.wedsync.guardian.app.github.GitHubApi;
import com.wedsync.guardian.app.github.GitHubSettings;
import com.wedsync.guardian.app.github.HeldReleaser;
import com.wedsync.guardian.freeze.BreakGlass;
import com.wedsync.guardian.freeze.HeldDeployments;
import com.wedsync.guardian.freeze.FreezeGate;
import com.wedsync.guardian.freeze.FreezePolicy;
import com.wedsync.guardian.freeze.FreezeSchedule;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.ManagedPool;
import com.wedsync.guardian.scaling.Overrides;
import com.wedsync.guardian.scaling.ScalingEngine;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.zaxxer.hikari.HikariDataSource;
import com.wedsync.guardian.health.HealthAssessor;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.loop.Loops;
import com.wedsync.guardian.metrics.binder.LoopGauges;
import com.wedsync.guardian.metrics.GuardianMetrics;
import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.metrics.readings.GuardianEvents;
import com.wedsync.guardian.pool.PoolProbe;
import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.WeddingCalendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assembles a {@link Guardian}: the pools, the databases, the thresholds, and the tick's stages in their
 * order. This is the one place the pipeline of a tick is put together.
 */
public final class GuardianBuilder {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GuardianBuilder.class);

    private Clock clock = Clock.systemUTC();
    /** The guardian's own time, read at each call: {@link #venueClock} when set, else {@link #clock}. */
    private final Clock time = new GuardianTime();
    private Duration tick = GuardianSchema.TICK.defaultValue();
    private HealthThresholds thresholds = HealthThresholds.defaults();
    private final List<PoolProbe> probes = new ArrayList<>();
    private final List<Optional<String>> probeDatabases = new ArrayList<>();
    private final List<ServerViewSource> databases = new ArrayList<>();
    private String httpHost = GuardianSchema.HTTP_HOST.defaultValue();
    private Integer httpPort;
    private String adminToken;
    private String readToken;
    private CalendarStatus calendar = CalendarStatus.fixed(WeddingCalendar.empty(), Instant.EPOCH);
    private ContextPolicy contextPolicy = ContextPolicy.defaults();
    private Clock venueClock;
    private RefreshingCalendar refreshing;
    private PolledCalendar polledCalendar;
    private MetricsConfig metrics = MetricsConfig.defaults();
    private io.micrometer.core.instrument.MeterRegistry applicationRegistry;
    private AlertsSettings alerts;
    private final List<AutoCloseable> owned = new ArrayList<>();
    private final Map<String, PoolResizer> resizers = new HashMap<>();
    private ScalingPolicy scalingPolicy;
    private Map<String, ScalingPolicy> poolPolicies = Map.of();
    private AuditLog audit;
    private ForecastLedger ledger;
    private LoadModel loadModel;
    private Outbox outbox;
    private OperatorLimits operatorLimits = OperatorLimits.defaults();
    private Fleet fleet;
    private FreezePolicy freezePolicy = FreezePolicy.defaults();
    private GitHubSettings github;
    private HeldDeployments held;
    private HeldReleaser heldReleaser;

    GuardianBuilder() {
    }

    public GuardianBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    public GuardianBuilder tick(Duration value) {
        this.tick = GuardianSchema.TICK.check(value);
        return this;
    }

    public GuardianBuilder health(HealthThresholds value) {
        this.thresholds = Objects.requireNonNull(value, "health thresholds");
        return this;
    }

    /** Watches a pool through any probe (a JMX probe, say). */
    public GuardianBuilder probe(PoolProbe probe) {
        return probe(probe, null);
    }

    /** Watches a pool whose connections come from the named database (for the headroom check). */
    public GuardianBuilder probe(PoolProbe probe, String database) {
        if (probes.stream().anyMatch(p -> p.name().equals(probe.name()))) {
            throw new IllegalArgumentException("pool names must be unique, but '" + probe.name() + "' is given twice");
        }
        probes.add(probe);
        probeDatabases.add(Optional.ofNullable(database));
        return this;
    }

    /** Watches a pool and lets the scaling engine resize it. */
    public GuardianBuilder probe(PoolProbe probe, String database, PoolResizer resizer) {
        probe(probe, database);
        resizers.put(probe.name(), Objects.requireNonNull(resizer, "resizer"));
        return this;
    }

    /** Watches a running HikariCP pool in this JVM, observed by a chaining tracker and resizable. */
    public GuardianBuilder pool(String name, HikariDataSource ds) {
        return pool(name, ds, null);
    }

    /** As {@link #pool(String, HikariDataSource)}, drawing on the named database (for the headroom check). */
    public GuardianBuilder pool(String name, HikariDataSource ds, String database) {
        return probe(HikariPoolProbe.attach(name, ds, time), database, HikariPoolResizer.of(name, ds));
    }

    /**
     * Sizes the resizable pools: {@code defaults} for every pool, {@code perPool} where given (mode observe,
     * recommend or enforce among them); actions go to {@code audit}, forecasts to {@code ledger}.
     */
    public GuardianBuilder scaling(ScalingPolicy defaults, Map<String, ScalingPolicy> perPool, AuditLog auditLog,
                                   ForecastLedger forecastLedger) {
        this.scalingPolicy = Objects.requireNonNull(defaults, "scaling policy");
        this.poolPolicies = Map.copyOf(perPool);
        this.audit = Objects.requireNonNull(auditLog, "audit log");
        this.ledger = Objects.requireNonNull(forecastLedger, "forecast ledger");
        return this;
    }

    /** How the calendar's weddings turn into expected connections (default: {@code LoadModel.defaults()} in the first home zone). */
    public GuardianBuilder loadModel(LoadModel model) {
        this.loadModel = Objects.requireNonNull(model, "load model");
        return this;
    }

    /** Reads a database's own view of its connections. */
    public GuardianBuilder database(ServerViewSource source) {
        databases.add(Objects.requireNonNull(source, "database"));
        return this;
    }

    /** Serves the HTTP API on {@code host:port} (port 0 picks a free one). */
    public GuardianBuilder http(String host, int port) {
        GuardianSchema.HTTP_PORT.check(port);
        this.httpHost = host;
        this.httpPort = port;
        return this;
    }

    /** The bearer token the API's mutating endpoints require; without one they are refused. */
    public GuardianBuilder adminToken(String token) {
        this.adminToken = token;
        return this;
    }

    /** The bearer token the API's read endpoints require (the admin token is accepted too); without one they are open. */
    public GuardianBuilder readToken(String token) {
        this.readToken = token;
        return this;
    }

    /** The weddings the context is computed from, and how (protected hours, home zones, peak seasons). */
    public GuardianBuilder calendar(CalendarStatus value, ContextPolicy policy) {
        this.calendar = Objects.requireNonNull(value, "calendar");
        this.contextPolicy = Objects.requireNonNull(policy, "context policy");
        return this;
    }

    /** Calendar sources polled on their own thread; the last good copy of each is kept when a refresh fails. */
    public GuardianBuilder calendar(RefreshingCalendar sources, ContextPolicy policy) {
        this.refreshing = Objects.requireNonNull(sources, "calendar sources");
        this.contextPolicy = Objects.requireNonNull(policy, "context policy");
        return this;
    }

    /**
     * The clock of everything the guardian shows and accepts (the demo's compressed Saturday): ticks, snapshots,
     * health, alerts, the wedding context, scaling, overrides, emergencies, the API's times. Alert delivery (the
     * outbox's retries and leases, the vendors' rate limits) and metric export keep {@link #clock}: the world
     * outside counts real seconds. Default: {@link #clock} for everything.
     */
    public GuardianBuilder venueClock(Clock value) {
        this.venueClock = value;
        return this;
    }

    /** Which metrics exporters run (Prometheus on /metrics by default; DogStatsD and OTLP when enabled). */
    public GuardianBuilder metrics(MetricsConfig value) {
        this.metrics = Objects.requireNonNull(value, "metrics");
        return this;
    }

    /**
     * Binds the guardian's meters into a registry the application owns (a Spring Boot application's), under the same
     * names, instead of starting the guardian's own exporters: {@link #metrics} is then not used, and
     * {@code GET /metrics} answers 404.
     */
    public GuardianBuilder meterRegistry(io.micrometer.core.instrument.MeterRegistry registry) {
        this.applicationRegistry = Objects.requireNonNull(registry, "meter registry");
        return this;
    }

    /** Alerts: channels and pipeline, delivered through {@code outbox} (a JDBC outbox in production). */
    public GuardianBuilder alerts(AlertsSettings settings, Outbox value) {
        this.alerts = Objects.requireNonNull(settings, "alerts");
        this.outbox = Objects.requireNonNull(value, "outbox");
        return this;
    }

    /** How long an operator's override or emergency declaration may last (default 24 h and 12 h). */
    public GuardianBuilder operatorLimits(OperatorLimits value) {
        this.operatorLimits = Objects.requireNonNull(value, "operator limits");
        return this;
    }

    /** Coordinates with the other instances on the same databases (issue 12): the scaled pools grow only into fleet reservations. */
    public GuardianBuilder fleet(Fleet value) {
        this.fleet = Objects.requireNonNull(value, "fleet");
        return this;
    }

    /** Which deploys the freeze gates and how (default: production, frozen at HIGH). */
    public GuardianBuilder freeze(FreezePolicy value) {
        this.freezePolicy = Objects.requireNonNull(value, "freeze policy");
        return this;
    }

    /** GitHub's deployment protection rule (issue 15): deployments held in {@code store} until their freeze ends. */
    public GuardianBuilder github(GitHubSettings settings, HeldDeployments store) {
        this.github = Objects.requireNonNull(settings, "github");
        this.held = Objects.requireNonNull(store, "held deployments");
        return this;
    }

    /** Something the guardian owns from now on (its store, say): closed after everything else. */
    public GuardianBuilder closeWith(AutoCloseable resource) {
        owned.add(Objects.requireNonNull(resource, "resource"));
        return this;
    }

    /** The guardian, assembled but not ticking: call {@link Guardian#tick()} yourself (tests do). */
    public Guardian build() {
        HealthAssessor assessor = new HealthAssessor(thresholds);
        Loops loops = new Loops(clock);
        if (refreshing != null) {
            polledCalendar = new PolledCalendar(refreshing, clock,
                    loops.register("calendar", PolledCalendar.stallAfter(refreshing)));
            calendar = polledCalendar;
        }
        // Declarations and deploy overrides go to the scaling audit log when there is one; without a store they are
        // audited in memory.
        AuditLog operatorAudit = audit != null ? audit : AuditLog.inMemory();
        EmergencyDeclarations emergencies = new EmergencyDeclarations(operatorAudit);
        GuardianEvents events = new DeferredEvents();
        WatchedPools pools = new WatchedPools(assessor);
        Alerting alerting = alerts == null ? null : Alerting.assemble(alerts, outbox, clock, venueClock != null,
                (pool, now) -> pools.history(pool, now.minus(Duration.ofHours(1))), events, loops,
                fleet == null ? SendClaims.ALL : fleet.claims());
        List<TickStage> stages = new ArrayList<>(List.of(
                new ObservePools(),
                new ReadServerViews(databases),
                new AssessHealth(assessor),
                new AssessContext(new ContextAnalyzer(contextPolicy), calendar, emergencies)));
        Scaling scaling = scaling();
        if (scaling != null && fleet != null) {
            // Before the alerts: from its first tick on, an instance in a fleet alerts as the fleet's one voice.
            scaling.engine().fleet(fleet);
            stages.add(new JoinFleet(fleet, scaling, pool -> poolPolicies.getOrDefault(pool, scalingPolicy)));
        }
        if (alerting != null && fleet != null) {
            // an acknowledgement applied here is kept against the fleet's key too, for the next duty holder
            fleet.onAck((id, who) -> {
                boolean known = !alerting.desk().acknowledge(id, who, clock.instant()).isEmpty();
                if (known) {
                    fleet.acknowledged(id, who);
                }
                return known;
            });
        }
        if (alerting != null) {
            stages.add(new EvaluateAlerts(alerting.desk(), calendar, fleet == null ? EvaluateAlerts.Voice.ALONE : fleet::speak));
        }
        if (scaling != null) {
            stages.add(new PlanScaling(scaling, calendar, events));
        }
        List<AutoCloseable> resources = new ArrayList<>(owned);
        resources.addAll(databases);
        Guardian guardian = new Guardian(time, tick, pools, stages, resources, emergencies, loops);
        guardian.alerting(alerting);
        guardian.scaling(scaling);
        guardian.scalingPolicies(pool -> poolPolicies.getOrDefault(pool, scalingPolicy));
        guardian.operatorLimits(operatorLimits);
        guardian.fleet(fleet);
        DeployFreeze freeze = new DeployFreeze(new FreezeGate(new ContextAnalyzer(contextPolicy), freezePolicy),
                new FreezeSchedule(contextPolicy, freezePolicy), new BreakGlass(operatorAudit), calendar, emergencies, time);
        guardian.freeze(freeze);
        if (github != null) {
            DeploymentGate gate = new DeploymentGate(github, new GitHubApi(github, time), freeze, held, time);
            guardian.github(gate);
            heldReleaser = new HeldReleaser(gate, loops.register("github-held-deployments", Duration.ofMinutes(5)));
            guardian.addResource(heldReleaser);
        }
        for (int i = 0; i < probes.size(); i++) {
            guardian.addPool(probes.get(i), probeDatabases.get(i));
        }
        guardian.calendar(calendar);
        if (polledCalendar != null) {
            guardian.addResource(polledCalendar);
        }
        ViewReadings readings = new ViewReadings(guardian::view,
                () -> scaling == null ? List.of() : scaling.current(scaling.clock().instant()), fleet);
        GuardianMetrics meters = applicationRegistry != null ? GuardianMetrics.bindTo(applicationRegistry, readings)
                : GuardianMetrics.start(metrics, readings, micrometerClock());
        guardian.metrics(meters);
        new LoopGauges(loops).bindTo(meters.registry());
        ((DeferredEvents) events).to(meters.events());
        return guardian;
    }

    private Scaling scaling() {
        if (scalingPolicy == null || resizers.isEmpty()) {
            return null;
        }
        ScalingEngine engine = new ScalingEngine(time, audit, new Overrides());
        for (int i = 0; i < probes.size(); i++) {
            PoolResizer resizer = resizers.get(probes.get(i).name());
            if (resizer != null && probeDatabases.get(i).isEmpty()) {
                // Without its database's view the headroom limit cannot be checked, so the pool is never resized.
                LOG.warn("pool {} is not scaled: it names no database whose view bounds its growth", probes.get(i).name());
            } else if (resizer != null) {
                String name = probes.get(i).name();
                engine.register(new ManagedPool(name, probeDatabases.get(i).orElse(null), resizer,
                        poolPolicies.getOrDefault(name, scalingPolicy)));
            }
        }
        LoadModel model = loadModel != null ? loadModel : contextPolicy.homeZones().isEmpty() ? LoadModel.defaults()
                : LoadModel.builder().homeZone(contextPolicy.homeZones().get(0)).build();
        return new Scaling(engine, new LedgerForecasts(new Forecaster(model), ledger, Duration.ofHours(48)), time);
    }

    /** {@link #venueClock} when set, else {@link #clock}, whichever is set when it is read. */
    private final class GuardianTime extends Clock {
        private Clock current() {
            return venueClock == null ? clock : venueClock;
        }

        @Override
        public Instant instant() {
            return current().instant();
        }

        @Override
        public java.time.ZoneId getZone() {
            return current().getZone();
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return current().withZone(zone);
        }
    }

    private io.micrometer.core.instrument.Clock micrometerClock() {
        Clock c = clock;
        return new io.micrometer.core.instrument.Clock() {
            @Override
            public long wallTime() {
                return c.millis();
            }

            @Override
            public long monotonicTime() {
                return System.nanoTime();
            }
        };
    }

    /** The guardian, ticking every tick interval, with its HTTP API when {@link #http} was called. */
    public Guardian start() {
        Guardian guardian = build();
        if (httpPort != null) {
            try {
                ApiServer server = GuardianApi.routes(guardian,
                                ApiServer.builder().adminToken(adminToken).readToken(readToken).open("/healthz"))
                        .start(httpHost, httpPort);
                guardian.addResource(server);
                guardian.httpPort(server.port());
            } catch (IOException e) {
                guardian.close();
                throw new UncheckedIOException("cannot listen on " + httpHost + ":" + httpPort + ": " + e.getMessage(), e);
            }
        }
        if (polledCalendar != null) {
            polledCalendar.start();
        }
        guardian.alerting().ifPresent(Alerting::start);
        if (heldReleaser != null) {
            heldReleaser.start();
        }
        return guardian.startTicking();
    }
}
