package com.wedsync.guardian.spring;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The beans every Boot line shares; each thin starter's auto-configuration imports it (when {@code guardian.enabled}
 * is not false) and adds its line's health contributor.
 */
@Configuration(proxyBeanMethods = false)
public class GuardianConfiguration {

    /** Read while the context is refreshed, so a bad property fails start-up with every problem listed. */
    @Bean
    public GuardianProperties guardianProperties(ConfigurableEnvironment environment) {
        return GuardianProperties.read(environment);
    }

    @Bean
    public static LatePools guardianLatePools() {
        return new LatePools();
    }

    @Bean
    public GuardianRunner guardianRunner(GuardianProperties properties, ConfigurableListableBeanFactory beans,
                                         LatePools late, ObjectProvider<MeterRegistry> registry) {
        return new GuardianRunner(properties, new PoolDiscovery(beans, properties.excluded()), late,
                Optional.ofNullable(registry.getIfUnique()), Clock.systemUTC());
    }

    @Bean
    public PoolHealthView guardianPoolHealth(GuardianRunner runner) {
        return new PoolHealthView(runner);
    }

    /** The actuator endpoint, when the application has the actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    static class Endpoints {

        @Bean
        public GuardianEndpoint guardianEndpoint(GuardianRunner runner) {
            return new GuardianEndpoint(runner);
        }
    }
}
