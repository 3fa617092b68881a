package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Borrows each on a thread of its own, in a fresh JVM with a 256 MB heap ({@link ThreadChurn}): the
 * observed pool retains at most 1 MB more than the bare one after a full GC, before any snapshot,
 * and the snapshot then counts every borrow. Virtual threads need a JDK 21+ (the build stays Java
 * 17): taken from {@code -Dguardian.jdk21.home}, {@code $GUARDIAN_JDK21_HOME}, the running JVM or
 * the newest under /usr/lib/jvm; skipped, saying so, when there is none.
 */
class ThreadChurnTest {

    private static final long ONE_MB = 1L << 20;
    private static final Path JVMS = Path.of("/usr/lib/jvm");

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandVirtualThreadsLeaveNothingBehind() throws Exception {
        Optional<Path> jdk = newJdk();
        assumeTrue(jdk.isPresent(), "skipped: no JDK 21 or later for virtual threads (looked at -Dguardian.jdk21.home,"
                + " $GUARDIAN_JDK21_HOME, this JVM (" + Runtime.version() + ") and " + JVMS + ")");
        assertBounded(churn(jdk.get(), "virtual", 200_000), 200_000);
    }

    @Test
    void twentyThousandShortLivedPlatformThreadsLeaveNothingBehind() throws Exception {
        assertBounded(churn(Path.of(System.getProperty("java.home")), "platform", 20_000), 20_000);
    }

    private static void assertBounded(Map<String, Map<String, String>> runs, long borrows) {
        Map<String, String> bare = runs.get("bare");
        Map<String, String> guardian = runs.get("guardian");
        long extra = Long.parseLong(guardian.get("retainedBytes")) - Long.parseLong(bare.get("retainedBytes"));
        assertThat(extra).as("heap the observed pool retained beyond the bare one's, %s / %s", guardian, bare)
                .isLessThanOrEqualTo(ONE_MB);
        assertThat(Long.parseLong(guardian.get("waitCount"))).as("waits counted").isEqualTo(borrows);
        assertThat(Long.parseLong(guardian.get("useCount"))).as("uses counted").isEqualTo(borrows);
    }

    private Map<String, Map<String, String>> churn(Path javaHome, String threads, int borrows) throws Exception {
        Path out = dir.resolve(threads + ".out");
        Process p = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ThreadChurn.class.getName(), threads, Integer.toString(borrows))
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        try {
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("churn finished within 5 minutes").isTrue();
        } finally {
            p.destroyForcibly();
        }
        String output = Files.readString(out);
        assertThat(p.exitValue()).as("exit status of the churn; its output:%n%s", output).isZero();
        Map<String, Map<String, String>> runs = new HashMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("observer=")) {
                Map<String, String> fields = new HashMap<>();
                Arrays.stream(line.trim().split(" ")).map(f -> f.split("=", 2)).forEach(kv -> fields.put(kv[0], kv[1]));
                runs.put(fields.get("observer"), fields);
            }
        }
        assertThat(runs).as("one line per observer in:%n%s", output).containsKeys("bare", "guardian");
        return runs;
    }

    /** A JDK of feature version 21 or later, if this machine has one. */
    private static Optional<Path> newJdk() throws IOException {
        String configured = Optional.ofNullable(System.getProperty("guardian.jdk21.home")).orElse(System.getenv("GUARDIAN_JDK21_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        if (Runtime.version().feature() >= 21) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        if (!Files.isDirectory(JVMS)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(JVMS)) {
            List<Path> candidates = homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && feature(h) >= 21).toList();
            return candidates.stream().max(Comparator.comparingInt(ThreadChurnTest::feature));
        }
    }

    /** The feature version in a JDK's {@code release} file (JAVA_VERSION="25.0.1"), 0 when unreadable. */
    private static int feature(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(l -> l.startsWith("JAVA_VERSION=\""))
                    .map(l -> l.substring("JAVA_VERSION=\"".length()).split("[.\"]")[0])
                    .filter(v -> v.matches("\\d{1,3}"))
                    .mapToInt(Integer::parseInt)
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
