package com.wedsync.guardian.bench.scenario;

import com.wedsync.guardian.calendar.generated.GeneratedHistory;
import com.wedsync.guardian.forecast.ForecastAccuracy;
import com.wedsync.guardian.forecast.Forecaster;
import com.wedsync.guardian.forecast.LoadModel;
import com.wedsync.guardian.forecast.SeasonalModel;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.Wedding;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Replays the busiest day of a calendar against a real database under each policy in turn, on the
 * same load. Connection-seconds are real seconds × open connections; a budget violation is a
 * sample where the server's client connections exceed max_connections − reserved − 5.
 */
public final class ScenarioRunner {

    private static final int BUDGET_MARGIN = 5;
    private static final long ARRIVAL_STEP_NANOS = 10_000_000L;
    private static final long SAMPLE_NANOS = 100_000_000L;

    /**
     * The whole report. {@code demandConnectionSeconds}: the mean demand × the real day, the connection-seconds the
     * requests themselves keep busy, below which no policy that serves them all can go.
     */
    public record Report(String day, int weddings, double peakDemand, double compression, double demandConnectionSeconds,
                         List<PolicyResult> results, ResizeTiming.Result resize, ForecastAccuracy forecastMonth) {
    }

    private ScenarioRunner() {
    }

    public static Report run(ScenarioConfig config, List<Wedding> weddings) throws SQLException, InterruptedException {
        // HikariCP only tops up min-idle from its housekeeper (every 30 s by default, docs/pools-and-database.md): on a clock compressed
        // 480-fold that is four simulated hours, so the scenario's pools keep house every second.
        System.setProperty("com.zaxxer.hikari.housekeeping.periodMs", "1000");
        LoadModel model = LoadModel.builder().homeZone(java.time.ZoneId.of("Europe/London")).build();
        ScenarioDay day = ScenarioDay.busiest(weddings, model, config.loadScale(), config.seed());
        ForecastAccuracy month = heldBackMonth(day, weddings, model, config.seed());
        ResizeTiming.Result resize = config.resizeTiming() ? ResizeTiming.measure(config) : new ResizeTiming.Result(-1, -1);
        double perConnectionMs = resize.grow10to40Ms() > 0 ? resize.grow10to40Ms() / 30.0 : 0;
        List<SizingController> controllers = new ArrayList<>();
        for (String p : config.policies()) {
            controllers.add(SizingController.of(p, day, config, perConnectionMs));
        }
        List<PolicyResult> results = new ArrayList<>();
        for (SizingController c : controllers) {
            results.add(runOne(config, day, c));
        }
        double demandSeconds = round(day.meanDemand() * config.daySeconds().toMillis() / 1000.0);
        return new Report(day.date().toString(), day.weddingsThatDay(), day.peakDemand(), config.compression(), demandSeconds, results,
                resize, month);
    }

    /** MASE on the 4 weeks before the day, the model fitted on the 12 weeks before those, against seasonal naive. */
    static ForecastAccuracy heldBackMonth(ScenarioDay day, List<Wedding> weddings, LoadModel model, long seed) {
        Instant end = day.start();
        var history = GeneratedHistory.generate(seed, weddings, model, end.minus(Duration.ofDays(112)), end, Duration.ofMinutes(30));
        return new Forecaster(model).backtest(SeasonalModel.hourly(history), weddings, Duration.ofDays(28));
    }

    static PolicyResult runOne(ScenarioConfig config, ScenarioDay day, SizingController controller) throws SQLException, InterruptedException {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        hc.setUsername(config.user());
        if (config.password() != null) {
            hc.setPassword(config.password());
        }
        hc.setPoolName("scenario-" + controller.name());
        hc.setConnectionTimeout(250); // HikariCP's minimum: on the compressed clock a quarter second is two simulated minutes
        hc.addDataSourceProperty("ApplicationName", "guardian-scenario-" + controller.name());
        controller.configure(hc, config.staticSize());
        try (HikariDataSource ds = new HikariDataSource(hc);
             ServerReader server = new ServerReader(GuardianSizing.DATABASE, config.url(), config.user(), config.password());
             LoadDriver driver = new LoadDriver(controller.dataSource(ds), day, config.hold())) {
            // The same for every policy: idle connections above the floor retire after HikariCP's minimum idle timeout
            // (80 simulated minutes); set on the running pool, as a fixed-size pool's config would warn that it has no effect.
            ds.getHikariConfigMXBean().setIdleTimeout(10_000);
            double f = config.compression();
            long dayNanos = config.daySeconds().toNanos();
            long t0 = System.nanoTime();
            long last = t0;
            long nextSample = t0;
            long nextTick = t0;
            double carry = 0;
            double connectionSeconds = 0;
            int maxConnections = 0;
            int violations = 0;
            ServerView view = server.read(day.start());
            while (true) {
                long now = System.nanoTime();
                long elapsed = now - t0;
                if (elapsed >= dayNanos) {
                    break;
                }
                Instant sim = day.start().plusNanos((long) (elapsed * f));
                carry = driver.arrive(sim, (now - last) / 1e9, carry);
                last = now;
                if (now >= nextSample) {
                    int total = ds.getHikariPoolMXBean().getTotalConnections();
                    connectionSeconds += total * SAMPLE_NANOS / 1e9;
                    maxConnections = Math.max(maxConnections, total);
                    nextSample += SAMPLE_NANOS;
                }
                if (now >= nextTick) {
                    view = server.read(sim);
                    if (view.available() && view.connections() > view.maxConnections() - view.reserved() - BUDGET_MARGIN) {
                        violations++;
                    }
                    controller.tick(ds, sim, driver.drain(), driver.timeouts(), view);
                    nextTick += config.tick().toNanos();
                }
                LockSupport.parkNanos(ARRIVAL_STEP_NANOS);
            }
            driver.close();
            return new PolicyResult(controller.name(), driver.timeouts(), round(driver.waitP99Ms()), round(connectionSeconds),
                    maxConnections, violations, controller.actions(), controller.blockedActions(), driver.requests(),
                    driver.rejected());
        }
    }

    private static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
