package com.wedsync.guardian.spring.boot3;

import com.wedsync.guardian.spring.FlywayDefaults;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/** Boot 3's Flyway leaves an application without migrations alone although the guardian brings flyway-core ({@link FlywayDefaults}). */
public final class FlywayLeftAlone implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"false".equalsIgnoreCase(environment.getProperty("guardian.enabled"))) {
            FlywayDefaults.apply(environment);
        }
    }
}
