package com.wedsync.guardian.spring.boot3;

import com.wedsync.guardian.metrics.GuardianMetrics;
import com.wedsync.guardian.spring.BootLine;
import com.wedsync.guardian.spring.GuardianConfiguration;
import com.wedsync.guardian.spring.PoolHealthView;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.boot.actuate.autoconfigure.metrics.MeterRegistryCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Spring Boot 3: the shared core ({@link GuardianConfiguration}), each pool's health under
 * {@code /actuator/health/guardian}, and the guardian's Prometheus names in the application's Prometheus registry.
 * On Boot 4 it stops start-up at once, naming guardian-spring-boot4.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.jdbc.DataSourcePoolMetricsAutoConfiguration"})
@ConditionalOnClass(name = {"com.zaxxer.hikari.HikariDataSource", "org.springframework.boot.jdbc.DataSourceUnwrapper"})
@ConditionalOnProperty(prefix = "guardian", name = "enabled", havingValue = "true", matchIfMissing = true)
@Conditional(GuardianAutoConfiguration.BootThree.class)
@Import(GuardianConfiguration.class)
public class GuardianAutoConfiguration {

    /** Fails fast, with the starter to use, on another Boot line. */
    static final class BootThree extends BootLine.Condition {
        BootThree() {
            super(3, "guardian-spring-boot3");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthContributor")
    static class Health {

        @Bean
        public GuardianHealthContributor guardianHealthContributor(PoolHealthView pools) {
            return new GuardianHealthContributor(pools);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.micrometer.prometheusmetrics.PrometheusMeterRegistry",
            "org.springframework.boot.actuate.autoconfigure.metrics.MeterRegistryCustomizer"})
    static class Prometheus {

        /** {@code db_client_connection_max}, as the guardian's own {@code /metrics} names it, so the dashboards work. */
        @Bean
        public MeterRegistryCustomizer<PrometheusMeterRegistry> guardianPrometheusUnits() {
            return registry -> registry.config().meterFilter(GuardianMetrics.prometheusUnits());
        }
    }
}
