package com.wedsync.guardian.bench.metrics;

import com.sun.net.httpserver.HttpServer;
import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.metrics.GuardianMetrics;
import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.metrics.config.OtlpSettings;
import com.wedsync.guardian.metrics.config.StatsdSettings;
import com.wedsync.guardian.metrics.readings.ForecastPoint;
import com.wedsync.guardian.metrics.readings.GuardianReadings;
import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.Criticality;
import com.wedsync.guardian.wedding.WeddingContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The guardian's CPU with Prometheus, DogStatsD and OTLP all on: N pools, a tick every second that
 * replaces every pool's snapshot and refreshes the meters, a Prometheus scrape every 15 s, StatsD
 * and OTLP every 10 s to loopback receivers in this JVM whose own CPU is subtracted.
 * Usage: {@code MetricsExportCpu [pools=200] [seconds=60] [warmupSeconds=20] [scrapeSeconds=15] [on|off]}.
 */
public final class MetricsExportCpu {

    private static final String RECEIVER = "bench-receiver";

    public static void main(String[] args) throws Exception {
        int pools = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int scrapeSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        // "off" measures the floor: the same ticks with every exporter off (the JVM, the tick's own work)
        boolean exporters = args.length <= 4 || !args[4].equals("off");

        AtomicLong datagrams = new AtomicLong();
        AtomicLong otlpRequests = new AtomicLong();
        DatagramSocket agent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread drain = new Thread(() -> drain(agent, datagrams), RECEIVER + "-statsd");
        drain.setDaemon(true);
        drain.start();
        HttpServer collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/v1/metrics", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            otlpRequests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.setExecutor(Executors.newSingleThreadExecutor(r -> daemon(r, RECEIVER + "-otlp")));
        collector.start();

        Readings readings = new Readings(pools);
        MetricsConfig config = MetricsConfig.builder().prometheusEnabled(exporters)
                .statsd(StatsdSettings.builder().enabled(exporters).port(agent.getLocalPort()).build())
                .otlp(OtlpSettings.builder().enabled(exporters).header("api-key", "bench")
                        .url("http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/metrics").build())
                .build();
        GuardianMetrics metrics = GuardianMetrics.start(config, readings);
        AtomicLong scrapeBytes = new AtomicLong();
        ScheduledExecutorService tick = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "bench-tick"));
        ScheduledExecutorService scraper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "bench-scrape"));
        tick.scheduleAtFixedRate(() -> {
            readings.tick();
            metrics.refresh();
            metrics.events().recordScalingAction("pool-" + ThreadLocalRandom.current().nextInt(pools), "applied");
            metrics.events().recordAlertSent("slack", "ok");
        }, 0, 1, TimeUnit.SECONDS);
        scraper.scheduleAtFixedRate(() -> scrapeBytes.set(metrics.scrape().length()), scrapeSeconds, scrapeSeconds, TimeUnit.SECONDS);

        // warm-up (JIT, first exports) on a clock, not a sleep in a test: this is a benchmark main
        TimeUnit.SECONDS.sleep(warmup);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long wall0 = System.nanoTime();
        long process0 = os.getProcessCpuTime();
        long receivers0 = receiverCpu(threads);
        Map<String, Long> byThread0 = cpuByThreadGroup(threads);
        long datagrams0 = datagrams.get();
        long otlp0 = otlpRequests.get();
        TimeUnit.SECONDS.sleep(seconds);
        long wall = System.nanoTime() - wall0;
        long process = os.getProcessCpuTime() - process0;
        long receivers = receiverCpu(threads) - receivers0;
        Map<String, Long> byThread = cpuByThreadGroup(threads);

        double guardianShare = (double) (process - receivers) / wall;
        System.out.printf("exporters=%s pools=%d ticks=1s window=%ds scrape=%ds meters=%d%n", exporters ? "all" : "off", pools, seconds, scrapeSeconds,
                metrics.registry().getMeters().size());
        System.out.printf("process CPU %.2f%% of one core; receivers %.2f%%; guardian (process - receivers) %.2f%% of one core%n",
                100.0 * process / wall, 100.0 * receivers / wall, 100.0 * guardianShare);
        System.out.printf("in the window: %d StatsD datagrams, %d OTLP requests; last scrape %d bytes%n",
                datagrams.get() - datagrams0, otlpRequests.get() - otlp0, scrapeBytes.get());
        byThread.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - byThread0.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > wall / 10_000)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  threads %-40s %.2f%% of one core%n", e.getKey(), 100.0 * e.getValue() / wall));
        tick.shutdownNow();
        scraper.shutdownNow();
        metrics.close();
        collector.stop(0);
        agent.close();
    }

    private static long receiverCpu(ThreadMXBean threads) {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith(RECEIVER) || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    /** CPU per thread group (name without its trailing number): where the time goes. Threads that died are not counted. */
    private static Map<String, Long> cpuByThreadGroup(ThreadMXBean threads) {
        Map<String, Long> sum = new java.util.TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                sum.merge(info.getThreadName().replaceAll("[-#]?\\d+$", ""),
                        Math.max(0, threads.getThreadCpuTime(info.getThreadId())), Long::sum);
            }
        }
        return sum;
    }

    private static void drain(DatagramSocket socket, AtomicLong count) {
        byte[] buf = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buf, buf.length);
        while (!socket.isClosed()) {
            try {
                socket.receive(packet);
                count.incrementAndGet();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Snapshots that change every tick, as a busy Saturday's would. */
    private static final class Readings implements GuardianReadings {
        private final int pools;
        private final Map<String, PoolSnapshot> snapshots = new ConcurrentHashMap<>();
        private final Map<String, PoolHealth> health = new ConcurrentHashMap<>();
        private final Map<String, ForecastPoint> forecasts = new ConcurrentHashMap<>();
        private volatile Instant now = Instant.now();

        Readings(int pools) {
            this.pools = pools;
            tick();
        }

        void tick() {
            now = Instant.now();
            ThreadLocalRandom r = ThreadLocalRandom.current();
            for (int i = 0; i < pools; i++) {
                String pool = "pool-" + i;
                int used = r.nextInt(20);
                double p99 = r.nextDouble(200);
                snapshots.put(pool, new PoolSnapshot(pool, now, Reachability.REACHABLE, "", used, 20 - used, 20, 5,
                        r.nextInt(3), r.nextInt(100), 0, new LatencySummary(100, p99 / 4, p99 / 2, p99, p99 * 2),
                        new LatencySummary(100, 5, 20, 40, 80), new LatencySummary(1, 39, 39, 39, 39), 100));
                health.put(pool, new PoolHealth(pool, now, used > 17 ? HealthStatus.DEGRADED : HealthStatus.HEALTHY, List.of()));
                forecasts.put(pool, new ForecastPoint(pool, used, Math.max(0, used - 3), used + 3));
            }
        }

        @Override
        public Collection<PoolSnapshot> pools() {
            return snapshots.values();
        }

        @Override
        public Map<String, PoolHealth> health() {
            return health;
        }

        @Override
        public WeddingContext context() {
            return new WeddingContext(now, Criticality.CRITICAL, true, true, List.of(), List.of(), List.of(),
                    116, 14, Set.of(), List.of("benchmark"));
        }

        @Override
        public Collection<ForecastPoint> forecasts() {
            return forecasts.values();
        }

        @Override
        public Map<String, Duration> calendarAges() {
            return Map.of("google", Duration.ofSeconds(30));
        }

        @Override
        public Collection<ServerView> servers() {
            return List.of(new ServerView("main", now, true, "", 500, 3, Map.of("active", 200), Map.of()));
        }
    }
}
