package com.wedsync.example;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The wedding timeline service, in miniature: a couple's timeline read from PostgreSQL through Boot's HikariCP pool.
 * The guardian needs nothing here: the starter on the class path and a few properties (application.yaml) are all
 * ({@link StartupReport} is the start-up benchmark's, not the guardian's).
 */
@SpringBootApplication
@RestController
public class TimelineApplication {

    private final JdbcTemplate jdbc;

    public TimelineApplication(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static void main(String[] args) {
        SpringApplication.run(TimelineApplication.class, args);
    }

    @GetMapping("/timeline/{wedding}")
    public Map<String, Object> timeline(@PathVariable String wedding) {
        return Map.of("wedding", wedding, "at", jdbc.queryForObject("SELECT now()::text", String.class));
    }
}
