package com.wedsync.guardian.spring;

import java.io.IOException;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The guardian's store is migrated by Flyway, so the starter puts flyway-core on the application's class path; Spring
 * Boot 3 then runs its own Flyway against the application's database, and with no migration there it still creates
 * {@code flyway_schema_history}. When the application sets nothing of {@code spring.flyway.enabled} and its Flyway
 * locations hold nothing, Boot's Flyway gets {@code spring.flyway.enabled=false} as a default, of the lowest
 * precedence: an application with migrations, or one that says either way, keeps Boot's behaviour.
 */
public final class FlywayDefaults {

    static final String SOURCE = "guardian-flyway-defaults";

    private FlywayDefaults() {
    }

    /** Adds the default when the application has no Flyway migrations of its own; true when it did. */
    public static boolean apply(ConfigurableEnvironment environment) {
        if (environment.containsProperty("spring.flyway.enabled") || hasMigrations(environment)) {
            return false;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("spring.flyway.enabled", "false")));
        return true;
    }

    static boolean hasMigrations(ConfigurableEnvironment environment) {
        String locations = environment.getProperty("spring.flyway.locations", "classpath:db/migration");
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(FlywayDefaults.class.getClassLoader());
        for (String raw : locations.split(",")) {
            String location = raw.strip();
            String pattern;
            if (location.startsWith("classpath:")) {
                pattern = "classpath*:" + location.substring("classpath:".length()).replaceAll("^/+", "") + "/**";
            } else if (location.startsWith("filesystem:")) {
                pattern = "file:" + location.substring("filesystem:".length()) + "/**";
            } else {
                return true; // a location we cannot look into (a placeholder, a vendor folder, S3...): leave Boot alone
            }
            try {
                for (Resource r : resolver.getResources(pattern)) {
                    if (r.isReadable()) {
                        return true;
                    }
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }
}
