package com.wedsync.example;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * For the start-up benchmark ({@code ./guardian bench spring-boot-startup}), which runs this service with the starter
 * on its class path and without it: with {@code -Dexample.exit-when-ready=true}, print the JVM's uptime when the
 * service is ready, then (the guardian starting on its own thread) when the guardian has ticked once, and the heap in
 * use after a full collection then, and end. Nothing else of the service knows whether the guardian is there.
 */
@Component
class StartupReport {

    private static final String GUARDIAN = "com.wedsync.guardian.spring.GuardianRunner";

    @EventListener(ApplicationReadyEvent.class)
    public void ready(ApplicationReadyEvent event) {
        if (!Boolean.getBoolean("example.exit-when-ready")) {
            return;
        }
        long ready = ManagementFactory.getRuntimeMXBean().getUptime();
        // waited for on a thread of its own: the guardian too starts at ApplicationReadyEvent, perhaps after this
        Thread report = new Thread(() -> report(event, ready), "startup-report");
        report.start();
    }

    private void report(ApplicationReadyEvent event, long ready) {
        if (ClassUtils.isPresent(GUARDIAN, getClass().getClassLoader())) {
            try {
                FirstTick.await(event.getApplicationContext());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        long guarded = ManagementFactory.getRuntimeMXBean().getUptime();
        System.gc();
        System.out.printf("READY uptime_ms=%d guarded_ms=%d heap_used_bytes=%d%n", ready, guarded,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        System.exit(SpringApplication.exit(event.getApplicationContext(), () -> 0));
    }

    /** Loaded only when the starter is on the class path. */
    private static final class FirstTick {

        static void await(ApplicationContext context) throws InterruptedException {
            var guardian = context.getBeanProvider(com.wedsync.guardian.spring.GuardianRunner.class).getIfAvailable();
            if (guardian != null && !guardian.awaitFirstTick(Duration.ofSeconds(60))) {
                throw new IllegalStateException("the guardian did not tick within 60 s: " + guardian.failure());
            }
        }
    }
}
