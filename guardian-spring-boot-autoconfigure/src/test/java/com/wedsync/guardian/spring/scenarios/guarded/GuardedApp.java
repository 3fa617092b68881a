package com.wedsync.guardian.spring.scenarios.guarded;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service as teams write them: Boot's own pool ({@code spring.datasource.*}), a second pool, one behind an AOP proxy,
 * one that is no default candidate for injection, a routing data source over a pool that is no bean, and one the
 * guardian is told to leave alone ({@code guardian.exclude}); the tests add pools while it runs; the actuator
 * behind HTTP basic authentication, health open. Every pool is small and on the shared PostgreSQL.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class GuardedApp {

    public static final String OPERATOR = "ana";
    public static final String PASSWORD = "wedding-day";

    public static HikariDataSource pool(String url, String name, int max) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(max);
        ds.setMinimumIdle(1);
        if (name != null) {
            ds.setPoolName(name);
        }
        return ds;
    }

    static String url(org.springframework.core.env.Environment env) {
        return env.getRequiredProperty("spring.datasource.url");
    }

    /** Boot backs off its own pool when a DataSource bean exists: this is Boot's, made the way Boot makes it. */
    @Bean
    @Primary
    @org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(org.springframework.core.env.Environment env) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url(env));
        ds.setUsername("postgres");
        return ds;
    }

    @Bean
    public HikariDataSource reportingDataSource(org.springframework.core.env.Environment env) {
        return pool(url(env), "reporting", 2);
    }

    @Bean
    public DataSource proxiedDataSource(org.springframework.core.env.Environment env) {
        ProxyFactory proxy = new ProxyFactory(pool(url(env), null, 2));
        proxy.addInterface(DataSource.class);
        proxy.setProxyTargetClass(false);
        return (DataSource) proxy.getProxy();
    }

    @Bean(defaultCandidate = false)
    public HikariDataSource auditDataSource(org.springframework.core.env.Environment env) {
        return pool(url(env), null, 2);
    }

    @Bean
    public DataSource routingDataSource(org.springframework.core.env.Environment env) {
        AbstractRoutingDataSource routing = new AbstractRoutingDataSource() {
            @Override
            protected Object determineCurrentLookupKey() {
                return "eu";
            }
        };
        routing.setTargetDataSources(Map.of("eu", pool(url(env), null, 2)));
        routing.afterPropertiesSet();
        return routing;
    }

    @Bean
    public HikariDataSource excludedDataSource(org.springframework.core.env.Environment env) {
        return pool(url(env), "excluded", 1);
    }

    @Bean
    public SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    public InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(User.withUsername(OPERATOR).password("{noop}" + PASSWORD).roles("OPS").build());
    }

    /** Borrows a connection of Boot's pool on the request's thread, and says which kind of thread that was. */
    @RestController
    static class Borrow {
        private final DataSource dataSource;

        Borrow(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @GetMapping("/borrow")
        public Map<String, Object> borrow() throws Exception {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("SELECT 1");
            }
            return Map.of("thread", Thread.currentThread().toString());
        }

        /** Holds a connection until the test lets go ({@link #RELEASE}), at most 30 s. */
        @GetMapping("/hold")
        public Map<String, Object> hold() throws Exception {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("SELECT 1");
                RELEASE.get().await(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            return Map.of("thread", Thread.currentThread().toString());
        }
    }

    /** What {@code /hold} waits for. */
    public static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> RELEASE =
            new java.util.concurrent.atomic.AtomicReference<>(new java.util.concurrent.CountDownLatch(0));
}
