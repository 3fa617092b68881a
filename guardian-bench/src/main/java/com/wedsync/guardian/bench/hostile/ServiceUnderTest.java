package com.wedsync.guardian.bench.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code guardian run} in its own JVM ({@code -Xmx256m -XX:+ExitOnOutOfMemoryError}, GC logged), whose
 * {@code /healthz} is asked every 100 ms; the peak heap is the largest heap in use at the start of a collection.
 */
final class ServiceUnderTest implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("HTTP on [^:]+:(\\d+)");
    private static final Pattern GC = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    private final Process process;
    private final Path gcLog;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What watching found. */
    record Watch(long requests, long medianMillis, long worstMillis, long worstAtSecond, long notOk, long noAnswer, boolean alive, long peakHeapMb,
                 String calendarError) {
    }

    private ServiceUnderTest(Process process, Path gcLog, int port) {
        this.process = process;
        this.gcLog = gcLog;
        this.port = port;
    }

    static ServiceUnderTest start(Path jar, Path config, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path gcLog = dir.resolve("gc.log");
        Process p = new ProcessBuilder("java", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog,
                "-jar", jar.toString(), "run", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            Matcher m = PORT.matcher(Files.readString(out));
            if (m.find()) {
                return new ServiceUnderTest(p, gcLog, Integer.parseInt(m.group(1)));
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("guardian did not start: " + Files.readString(out));
    }

    /** Asks /healthz every 100 ms for {@code length}, each with a 5 s limit. */
    Watch watch(Duration length) throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        long start = System.nanoTime();
        long worstAt = 0;
        long notOk = 0;
        long noAnswer = 0;
        long end = System.nanoTime() + length.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = get("/healthz");
                notOk += r.statusCode() == 200 ? 0 : 1;
            } catch (IOException e) {
                noAnswer++;
            }
            long took = (System.nanoTime() - t0) / 1_000_000;
            if (millis.isEmpty() || took > Collections.max(millis)) {
                worstAt = (t0 - start) / 1_000_000_000;
            }
            millis.add(took);
            Thread.sleep(100);
        }
        Collections.sort(millis);
        long median = millis.isEmpty() ? 0 : millis.get(millis.size() / 2);
        long worst = millis.isEmpty() ? 0 : millis.get(millis.size() - 1);
        return new Watch(millis.size(), median, worst, worstAt, notOk, noAnswer, process.isAlive(), peakHeapMb(), calendarError());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The calendar source's last error as {@code /api/context} shows it, else its problems and the guests at risk. */
    private String calendarError() {
        if (!process.isAlive()) {
            return "(process ended)";
        }
        try {
            String body = get("/api/context").body();
            Matcher error = Pattern.compile("\"lastError\" : \"([^\"]*)\"").matcher(body);
            if (error.find()) {
                return error.group(1);
            }
            Matcher problems = Pattern.compile("\"problems\" : (\\d+)").matcher(body);
            Matcher guests = Pattern.compile("\"guestsAtRisk\" : (-?\\d+)").matcher(body);
            return "read, " + (problems.find() ? problems.group(1) : "?") + " problem(s); guestsAtRisk "
                    + (guests.find() ? guests.group(1) : "?");
        } catch (IOException | InterruptedException e) {
            return "(no answer from /api/context)";
        }
    }

    private long peakHeapMb() throws IOException {
        long peak = 0;
        if (Files.exists(gcLog)) {
            List<String> lines = Files.readAllLines(gcLog);
            for (String line : lines) {
                Matcher m = GC.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                }
            }
        }
        return peak;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
