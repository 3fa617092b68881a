package com.wedsync.guardian.notify.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism serving one vendor contract from ../shared/contracts, started once per test run (held here,
 * stopped by a shutdown hook) on a free loopback port. Skips the calling test, visibly, when ../shared or
 * Prism (.tools/node_modules/.bin/prism, installed by .ci/run) is absent.
 */
public final class PrismMock {

    /** Twilio's 1.5 MB spec takes about 20 s to load on an idle machine (contracts/README.md); allow for load. */
    private static final Duration READY_DEADLINE = Duration.ofSeconds(120);
    private static final Map<String, PrismMock> RUNNING = new ConcurrentHashMap<>();

    private final Process process;
    private final int port;
    private final Path log;

    private PrismMock(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static Path projectRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        return p == null ? Path.of(System.getProperty("user.dir")).toAbsolutePath() : p;
    }

    public static Path contracts() {
        return projectRoot().resolve("../shared/contracts").normalize();
    }

    /** The mock for {@code spec} (a file name in ../shared/contracts), started on first use. */
    public static PrismMock serve(String spec) {
        Path specFile = contracts().resolve(spec);
        Assumptions.assumeTrue(Files.isRegularFile(specFile), "../shared absent: skipping the Prism contract test for " + spec);
        return serveFile(specFile);
    }

    /** The mock for a contract this project keeps itself ({@code specFile}, a path), started on first use. */
    public static PrismMock serveFile(Path specFile) {
        Path prism = projectRoot().resolve(".tools/node_modules/.bin/prism");
        Assumptions.assumeTrue(Files.isExecutable(prism),
                "Prism absent (npm install --prefix .tools @stoplight/prism-cli@5.16.0): skipping " + specFile);
        return RUNNING.computeIfAbsent(specFile.toAbsolutePath().toString(), s -> start(prism, specFile));
    }

    private static PrismMock start(Path prism, Path spec) {
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            Path log = projectRoot().resolve("guardian-notify/target/prism-" + spec.getFileName() + ".log");
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(List.of(prism.toString(), "mock", spec.toString(), "-h", "127.0.0.1",
                    "-p", Integer.toString(port)))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }));
            PrismMock mock = new PrismMock(p, port, log);
            mock.awaitReady();
            return mock;
        } catch (IOException e) {
            throw new IllegalStateException("could not start Prism for " + spec, e);
        }
    }

    private void awaitReady() throws IOException {
        long end = System.nanoTime() + READY_DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prism exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    process.waitFor(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for Prism");
                }
            }
        }
        throw new IllegalStateException("Prism not listening within " + READY_DEADLINE + ": " + Files.readString(log));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
