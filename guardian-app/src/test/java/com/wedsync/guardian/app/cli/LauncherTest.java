package com.wedsync.guardian.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 3: the {@code ./guardian} launcher runs the JVM with a stated heap and
 * {@code -XX:+ExitOnOutOfMemoryError}, and {@code GUARDIAN_JAVA_OPTS} comes after them so it can change them.
 * The launcher is run for real, with a {@code java} on the PATH that prints what it was given.
 */
class LauncherTest {

    @TempDir
    Path root;

    @Test
    void theJvmGetsAHeapAndExitsOnOutOfMemoryAndTheOperatorsOptionsComeLast() throws Exception {
        String out = launch(Map.of());
        assertThat(out).startsWith("-Xmx512m -XX:+ExitOnOutOfMemoryError -jar ")
                .endsWith("guardian-app/target/guardian.jar run --config guardian.yaml");

        assertThat(launch(Map.of("GUARDIAN_JAVA_OPTS", "-Xmx1g -XX:+UseSerialGC")))
                .startsWith("-Xmx512m -XX:+ExitOnOutOfMemoryError -Xmx1g -XX:+UseSerialGC -jar ");
    }

    private String launch(Map<String, String> env) throws IOException, InterruptedException {
        Path launcher = root.resolve("guardian");
        Files.copy(Path.of("..", "guardian"), launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // A jar newer than every source: the launcher does not build.
        Path jar = Files.createDirectories(root.resolve("guardian-app/target")).resolve("guardian.jar");
        Files.writeString(jar, "");
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\necho \"$*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "run", "--config", "guardian.yaml")
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("GUARDIAN_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
