package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.app.http.ApiServer;
import com.wedsync.guardian.app.http.GuardianApi;
import com.wedsync.guardian.calendar.RefreshingCalendar;
import com.wedsync.guardian.health.HealthAssessor;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.metrics.GuardianMetrics;
import com.wedsync.guardian.metrics.config.MetricsConfig;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assembles a {@link Guardian}: the pools, the databases, the thresholds, and the tick's stages in their
 * order. This is the one place the pipeline of a tick is put together.
 */
public final class GuardianBuilder {

    private Clock clock = Clock.systemUTC();
    private Duration tick = Duration.ofSeconds(1);
    private HealthThresholds thresholds = HealthThresholds.defaults();
    private final List<PoolProbe> probes = new ArrayList<>();
    private final List<Optional<String>> probeDatabases = new ArrayList<>();
    private final List<ServerViewSource> databases = new ArrayList<>();
    private String httpHost = "127.0.0.1";
    private Integer httpPort;
    private String adminToken;
    private CalendarStatus calendar = CalendarStatus.fixed(WeddingCalendar.empty(), Instant.EPOCH);
    private ContextPolicy contextPolicy = ContextPolicy.defaults();
    private Clock venueClock;
    private RefreshingCalendar refreshing;
    private PolledCalendar polledCalendar;
    private MetricsConfig metrics = MetricsConfig.defaults();

    GuardianBuilder() {
    }

    public GuardianBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    public GuardianBuilder tick(Duration value) {
        if (value == null || value.toMillis() < 10) {
            throw new IllegalArgumentException("tick must be at least 10ms, but was " + value);
        }
        this.tick = value;
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

    /** Reads a database's own view of its connections. */
    public GuardianBuilder database(ServerViewSource source) {
        databases.add(Objects.requireNonNull(source, "database"));
        return this;
    }

    /** Serves the HTTP API on {@code host:port} (port 0 picks a free one). */
    public GuardianBuilder http(String host, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, but was " + port);
        }
        this.httpHost = host;
        this.httpPort = port;
        return this;
    }

    /** The bearer token the API's mutating endpoints require; without one they are refused. */
    public GuardianBuilder adminToken(String token) {
        this.adminToken = token;
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

    /** A separate clock for the wedding context (the demo's compressed Saturday); default: the guardian's clock. */
    public GuardianBuilder venueClock(Clock value) {
        this.venueClock = value;
        return this;
    }

    /** Which metrics exporters run (Prometheus on /metrics by default; DogStatsD and OTLP when enabled). */
    public GuardianBuilder metrics(MetricsConfig value) {
        this.metrics = Objects.requireNonNull(value, "metrics");
        return this;
    }

    /** The guardian, assembled but not ticking: call {@link Guardian#tick()} yourself (tests do). */
    public Guardian build() {
        HealthAssessor assessor = new HealthAssessor(thresholds);
        if (refreshing != null) {
            polledCalendar = new PolledCalendar(refreshing, clock);
            calendar = polledCalendar;
        }
        EmergencyDeclarations emergencies = new EmergencyDeclarations();
        List<TickStage> stages = List.of(
                new ObservePools(),
                new ReadServerViews(databases),
                new AssessHealth(assessor),
                new AssessContext(new ContextAnalyzer(contextPolicy), calendar, venueClock, emergencies));
        Guardian guardian = new Guardian(clock, tick, assessor, stages, new ArrayList<>(databases), emergencies);
        for (int i = 0; i < probes.size(); i++) {
            guardian.addPool(probes.get(i), probeDatabases.get(i));
        }
        guardian.calendar(calendar);
        if (polledCalendar != null) {
            guardian.addResource(polledCalendar);
        }
        GuardianMetrics meters = GuardianMetrics.start(metrics, new ViewReadings(guardian::view), micrometerClock());
        guardian.metrics(meters);
        return guardian;
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
                ApiServer server = GuardianApi.routes(guardian, ApiServer.builder().adminToken(adminToken))
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
        return guardian.startTicking();
    }
}
