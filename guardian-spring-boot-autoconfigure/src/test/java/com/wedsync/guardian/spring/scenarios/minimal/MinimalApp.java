package com.wedsync.guardian.spring.scenarios.minimal;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** A service without a web server: one pool of its own, everything else as Boot configures it. */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class MinimalApp {

    @Bean
    public HikariDataSource dataSource(Environment env) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(env.getRequiredProperty("spring.datasource.url"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(2);
        ds.setMinimumIdle(1);
        return ds;
    }
}
