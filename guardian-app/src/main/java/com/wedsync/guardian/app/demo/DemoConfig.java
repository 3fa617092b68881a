package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.GuardianConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The demo's built-in config ({@code demo-guardian.yaml}): log channels, short grouping, an executive level. */
final class DemoConfig {

    private DemoConfig() {
    }

    static GuardianConfig builtIn() {
        try (InputStream in = DemoConfig.class.getResourceAsStream("/demo-guardian.yaml")) {
            if (in == null) {
                throw new IllegalStateException("demo-guardian.yaml is missing from the guardian jar");
            }
            return new ConfigLoader(Map.<String, String>of()::get)
                    .parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo-guardian.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
