package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.Main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code guardian} command in a JVM of its own, through {@link Main}, as a user runs it: its own working
 * directory (the demo's {@code ./data}), its own environment, stdout and stderr kept in files.
 */
record GuardianProcess(Process process, Path outFile, Path errFile) implements AutoCloseable {

    static GuardianProcess start(Path dir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        String name = args[0] + "-" + System.nanoTime();
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        return new GuardianProcess(pb.start(), out, err);
    }

    /** The exit code, waiting at most {@code seconds}. */
    int exitCode(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("guardian did not end within " + seconds + " s; stderr:\n" + err());
        }
        return process.exitValue();
    }

    String out() {
        return read(outFile);
    }

    String err() {
        return read(errFile);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
