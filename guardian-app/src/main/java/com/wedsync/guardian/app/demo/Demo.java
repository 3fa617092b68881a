package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.app.http.GuardianClient;
import com.wedsync.guardian.app.config.AlertsSettings;
import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.runtime.CalendarStatus;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.jdbc.audit.JdbcAuditLog;
import com.wedsync.guardian.jdbc.ledger.JdbcForecastLedger;
import com.wedsync.guardian.jdbc.outbox.JdbcOutbox;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.forecast.LoadModel;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.scaling.VerificationPolicy;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.PeakSeason;
import com.wedsync.guardian.wedding.SeasonRule;
import com.wedsync.guardian.wedding.WeddingCalendar;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Wires the demo: the database, the pool, the workload, the guardian, the console; then waits for the end. */
public final class Demo {

    /** The demo's home venue zone: Saturday protection and the console's clock are in it. */
    static final ZoneId HOME = ZoneId.of("Europe/London");
    static final String POOL = "wedsync";
    static final String DATABASE = "wedsync-h2";
    static final String DB_URL = "jdbc:h2:mem:wedsync-demo;DB_CLOSE_DELAY=-1";
    /** The guardian's own state (the alert outbox) in an H2 file under ./data, the embedded default of docs/runtime-conventions.md. */
    static final String STORE = "jdbc:h2:file:./data/guardian-demo";
    /** At speed 1 the guardian ticks once a second (real time); a faster day ticks more often. */
    private static final Duration TICK = Duration.ofSeconds(1);
    /** Health is judged over a venue hour (the longest window allowed): about 5 s of the rush at speed 1. */
    private static final Duration HEALTH_WINDOW = Duration.ofHours(1);
    /** How often the operator looks at the venue clock: a venue minute or so at the rush. */
    private static final Duration OPERATOR_POLL = Duration.ofMillis(100);

    /**
     * What the command line chose.
     *
     * @param config     may hold {@code metrics:} and {@code alerts:} sections; null for the built-in ones
     * @param speed      how fast the compressed day runs (1: about a minute; see {@link CompressedDay})
     * @param operator   whether the scripted operator ({@link OperatorScript}) acts on the guardian
     * @param adminToken the bearer token the API's POSTs need; null: a random one, never shown
     * @param store      the JDBC URL of the guardian's own store (outbox, audit log, forecast ledger)
     */
    public record Options(int port, Duration duration, boolean redraw, GuardianConfig config, double speed,
                          boolean operator, String adminToken, String store) {

        public Options {
            if (!(speed >= CompressedDay.MIN_SPEED && speed <= CompressedDay.MAX_SPEED)) {
                throw new IllegalArgumentException("speed must be between " + CompressedDay.MIN_SPEED + " and "
                        + CompressedDay.MAX_SPEED + ", but was " + speed);
            }
            store = store == null || store.isBlank() ? STORE : store;
            adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
        }

        /** The defaults for everything the command line does not choose. */
        public Options(int port, Duration duration, boolean redraw, GuardianConfig config) {
            this(port, duration, redraw, config, 1, true, null, STORE);
        }

        @Override
        public String toString() {
            return "demo options{port=" + port + ", duration=" + duration + ", redraw=" + redraw + ", speed=" + speed
                    + ", operator=" + operator + ", adminToken=" + (adminToken == null ? "random" : "(hidden)")
                    + ", store=" + store + "}";
        }
    }

    private Demo() {
    }

    public static int run(Options options, PrintStream out, PrintStream err) throws Exception {
        Clock real = Clock.systemUTC();
        Instant friday = CompressedDay.nextFridayEvening(real.instant(), HOME);
        WeddingCalendar weddings = DemoWeddings.around(friday.atZone(HOME).toLocalDate(), HOME);
        String token = options.adminToken() != null ? options.adminToken() : randomToken();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "guardian-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        GuardianConfig builtIn = DemoConfig.builtIn();
        GuardianConfig user = options.config();
        AlertsSettings alerts = user == null || user.alerts().onlyLog() ? builtIn.alerts() : user.alerts();
        try (HikariDataSource ds = pool(); GuardianStore store = DemoStore.open(options.store(), err)) {
            SaturdayWorkload.createSchema(ds);
            // The day starts once the pool and the store are ready, so that a slow start does not skip the night.
            CompressedDay venueClock = new CompressedDay(real, friday, HOME, options.speed());
            EventFeed events = new EventFeed(new JdbcAuditLog(store.dataSource()), HOME);
            try (SaturdayWorkload workload = new SaturdayWorkload(ds, venueClock, HOME);
                 Guardian guardian = Guardian.builder()
                         .metrics(user == null ? builtIn.metrics() : user.metrics())
                         .alerts(alerts, new JdbcOutbox(store.dataSource()))
                         .clock(real)
                         .tick(venueClock.scaled(TICK))
                         .health(HealthThresholds.builder().window(HEALTH_WINDOW).build())
                         .pool(POOL, ds, DATABASE)
                         .database(new H2SessionsView(DATABASE, DB_URL))
                         .loadModel(loadModel())
                         .scaling(scalingPolicy(), Map.of(), events, new JdbcForecastLedger(store.dataSource()))
                         .calendar(CalendarStatus.fixed("demo", weddings, venueClock.instant()), ContextPolicy.builder()
                                 .homeZone(HOME)
                                 .season(new SeasonRule("demo", HOME, PeakSeason.NORTHERN))
                                 .build())
                         .venueClock(venueClock)
                         .http("127.0.0.1", options.port())
                         .adminToken(token)
                         .start();
                 DemoOperator operator = operator(options, guardian, token, venueClock, events)) {
                ConsoleView console = new ConsoleView(out, venueClock, HOME, options.redraw(), events);
                String footer = "HTTP on http://127.0.0.1:" + guardian.httpPort()
                        + "  (/healthz /metrics /api/pools /api/context /api/scaling; POSTs need "
                        + (options.adminToken() != null ? "the bearer token from $GUARDIAN_ADMIN_TOKEN)"
                        : "a token: set $GUARDIAN_ADMIN_TOKEN)") + "   Ctrl-C to stop";
                guardian.onTick(view -> console.show(view,
                        guardian.alerting().map(a -> a.desk().alerts()).orElse(List.of()),
                        guardian.scaling().map(s -> s.engine().status()).orElse(List.of()), footer));
                workload.start();
                operator.start(OPERATOR_POLL);
                if (options.duration() == null) {
                    stop.await();
                } else {
                    stop.await(options.duration().toMillis(), TimeUnit.MILLISECONDS);
                }
                out.printf("demo finished: %d requests served, %d failed (timed out waiting for a connection)%n",
                        workload.served(), workload.failed());
            }
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is already on its way out and runs the hook itself.
            }
        }
        return 0;
    }

    /** The scripted operator on the guardian's own API; with {@code --no-operator}, one without steps. */
    private static DemoOperator operator(Options options, Guardian guardian, String token, Clock venueClock,
                                         EventFeed events) {
        if (!options.operator()) {
            return new DemoOperator(venueClock, HOME, List.of(), events::note);
        }
        GuardianClient api = new GuardianClient("http://127.0.0.1:" + guardian.httpPort(), token);
        return new DemoOperator(venueClock, HOME, new OperatorScript(api, POOL, events::note).steps(), events::note);
    }

    /** A fresh admin token for this run, so that the operator's POSTs are authorised like anyone else's. */
    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Ten connections over an in-memory H2 database; a short connection timeout so the peak shows timeouts. */
    private static HikariDataSource pool() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(DB_URL);
        c.setUsername("sa");
        c.setPoolName(POOL);
        c.setMaximumPoolSize(10);
        c.setMinimumIdle(2);
        c.setConnectionTimeout(1_000);
        return new HikariDataSource(c);
    }

    /**
     * Enforced sizing between 2 and 40 connections. The engine runs on the compressed clock, so its windows are
     * in venue time: five venue minutes of stabilization pass in well under a second of the rush.
     */
    private static ScalingPolicy scalingPolicy() {
        return ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(40).maxStep(10).saturationCeiling(40)
                .scaleDownWindow(Duration.ofMinutes(30)).cooldown(Duration.ofMinutes(10))
                .verification(verification())
                .build();
    }

    /**
     * The default judgement, on the venue clock, except the use-time floor: the workload's requests keep their
     * connection 60 to 250 ms on purpose ({@link SaturdayLoad#holdMillis}), so a use p99 above the default 50 ms
     * is the demo's normal, not a slower database; at twice the rush's hold it is.
     */
    static VerificationPolicy verification() {
        VerificationPolicy d = VerificationPolicy.defaults();
        return new VerificationPolicy(Duration.ofMinutes(10), 3, d.worseFactor(), d.waitP99FloorMs(), 500,
                d.successWaitP99Ms(), d.successUtilisation());
    }

    /**
     * The forecast's model of the demo's own platform: requests hold a connection for 250 ms at the rush
     * ({@link SaturdayLoad}), and the three weddings' guests and vendors make about 35 connections busy at the
     * ceremonies, as the workload does, so the engine raises the pool ahead of the rush, not only under it.
     */
    private static LoadModel loadModel() {
        return LoadModel.builder().homeZone(HOME).holdTime(Duration.ofMillis(250))
                .guestRequestsPerHour(1_200).vendorRequestsPerHour(2_000).build();
    }
}
