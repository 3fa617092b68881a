package com.wedsync.example;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The wedding timeline service, in miniature: a couple's timeline read from PostgreSQL through Boot's HikariCP pool.
 * The guardian needs nothing here: the starter on the class path and a few properties (application.yaml) are all
 * (the start-up benchmark's hook below only waits for it).
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

    /**
     * For the start-up benchmark ({@code ./guardian bench spring-boot-startup}): with {@code -Dexample.exit-when-ready},
     * print the JVM's uptime when the service is ready, then (the guardian starting on its own thread) when the guardian
     * has ticked once, and the heap in use after a full collection then, and end.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void ready(ApplicationReadyEvent event) throws InterruptedException {
        if (Boolean.getBoolean("example.exit-when-ready")) {
            long ready = ManagementFactory.getRuntimeMXBean().getUptime();
            var guardian = event.getApplicationContext().getBeanProvider(com.wedsync.guardian.spring.GuardianRunner.class)
                    .getIfAvailable();
            if (guardian != null && !guardian.awaitFirstTick(java.time.Duration.ofSeconds(60))) {
                throw new IllegalStateException("the guardian did not tick within 60 s: " + guardian.failure());
            }
            long guarded = ManagementFactory.getRuntimeMXBean().getUptime();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            System.out.printf("READY uptime_ms=%d guarded_ms=%d heap_used_bytes=%d%n", ready, guarded,
                    memory.getHeapMemoryUsage().getUsed());
            System.exit(SpringApplication.exit(event.getApplicationContext(), () -> 0));
        }
    }
}
