package com.wedsync.guardian.app.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 13, item 1: a tree a binder made of {@code guardian.*} properties is read by the same schema as the YAML. */
class ParseTreeTest {

    private final ConfigLoader loader = new ConfigLoader(Map.of("TOKEN", "adm1n-t0ken")::get);

    @Test
    void aTreeOfKebabCaseKeysIsReadLikeTheYaml() {
        GuardianConfig c = loader.parseTree(Map.of(
                "tick", "2s",
                "http", Map.of("admin-token", "${TOKEN}"),
                "health", Map.of("wait-p99-degraded", "250ms"),
                "scaling", Map.of("release-in-protected-window", "false"),
                "alerts", Map.of("channels", List.of(Map.of("name", "hook", "type", "webhook", "url", "https://example.org/h",
                        "read-timeout", "5s")))), "spring:guardian");

        assertThat(c.tick()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.health().waitP99Degraded()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.scaling().defaults().releaseInProtectedWindow()).isFalse();
        assertThat(c.alerts().channels()).extracting(ch -> ch.name()).containsExactly("hook");
        assertThat(c.http().adminToken()).isPresent();
    }

    @Test
    void problemsNameThePathsAsTheTreeGivesThem() {
        ConfigProblems.InvalidConfigException e = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> loader.parseTree(Map.of("health", Map.of("wait-p99-degraded", "20m", "shades", "3"),
                        "scaling", Map.of("pools", Map.of("orders", Map.of("max-step", "0")))), "spring:guardian"));

        assertThat(e.problems()).contains("health.wait-p99-degraded: must be between 1ms and 10m, but was 20m",
                "scaling.pools.orders.max-step: must be >= 1, but was 0", "scaling.pools.orders: names no entry of pools")
                .anySatisfy(p -> assertThat(p).startsWith("health.shades: unknown key"));
        assertThat(e.getMessage()).startsWith("spring:guardian: ");
    }
}
