package com.wedsync.guardian.bench.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One member JVM of the bench: started with the same jar, its figure lines read as they come. */
final class MemberProcess {

    final String id;
    private final Process process;
    private volatile Map<String, Long> latest = Map.of();

    private MemberProcess(String id, Process process) {
        this.id = id;
        this.process = process;
        Thread reader = new Thread(this::read, "fleet-bench-reader-" + id);
        reader.setDaemon(true);
        reader.start();
    }

    static MemberProcess start(String id, List<String> args, String password, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", jar(),
                "com.wedsync.guardian.bench.cli.BenchMain", "fleet-member", "--id", id));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
        if (password != null) {
            pb.environment().put(FleetMember.PASSWORD_ENV, password);
        }
        return new MemberProcess(id, pb.start());
    }

    private static String jar() {
        try {
            return Path.of(MemberProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot find the benchmarks' own jar to start members with", e);
        }
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("member ")) {
                    Map<String, Long> m = new HashMap<>();
                    for (String part : line.split(" ")) {
                        int eq = part.indexOf('=');
                        if (eq > 0) {
                            try {
                                m.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
                            } catch (NumberFormatException ignored) {
                                // a figure this reader does not know stays out
                            }
                        }
                    }
                    latest = Map.copyOf(m);
                }
            }
        } catch (IOException e) {
            // the member ended (or was killed): its last figures stay
        }
    }

    /** Trigger notifications by condition, as the member last printed them. */
    Map<String, Long> triggers() {
        Map<String, Long> out = new java.util.TreeMap<>();
        latest.forEach((k, v) -> {
            if (k.startsWith("trig_")) {
                out.put(k.substring(5), v);
            }
        });
        return out;
    }

    long figure(String name) {
        return latest.getOrDefault(name, -1L);
    }

    /** kill -9: the JVM gets no chance to release anything; its lease must run out in the store. */
    void kill() {
        process.destroyForcibly();
    }

    boolean alive() {
        return process.isAlive();
    }

    void await(long millis) throws InterruptedException {
        if (!process.waitFor(millis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }
}
