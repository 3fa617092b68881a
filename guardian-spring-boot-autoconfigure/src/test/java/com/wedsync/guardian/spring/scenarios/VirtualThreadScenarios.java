package com.wedsync.guardian.spring.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import com.wedsync.guardian.spring.scenarios.guarded.GuardedApp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service on virtual threads ({@code spring.threads.virtual.enabled=true}, Java 21 or later: Tomcat serves each
 * request on a virtual thread) is guarded like any other: the guardian sees the connections its requests hold. The
 * build runs this class a second time on Java 25 when that JDK is on the machine; on Java 17 it is skipped, saying so.
 */
public abstract class VirtualThreadScenarios {

    protected abstract String line();

    @Test
    void aVirtualThreadServiceIsGuarded() {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21 or later; this JVM is "
                + Runtime.version().feature() + " (the build runs this class again on /usr/lib/jvm/temurin-25-jdk-amd64)");
        String url = Postgres.freshSchema("starter_" + line() + "_vt");
        String store = Postgres.freshSchema("starter_" + line() + "_vt_store");
        Map<String, Object> p = StarterScenarios.properties(url, store);
        p.put("spring.threads.virtual.enabled", "true");
        CountDownLatch release = new CountDownLatch(1);
        GuardedApp.RELEASE.set(release);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GuardedApp.class).properties(p).run()) {
            Http http = new Http(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            StarterScenarios.awaitFirstTick(app);
            List<CompletableFuture<HttpResponse<String>>> holding = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                holding.add(CompletableFuture.supplyAsync(() -> http.get("/hold", GuardedApp.OPERATOR, GuardedApp.PASSWORD)));
            }
            try {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new ObjectMapper()
                        .readTree(http.get("/actuator/guardian/pools/dataSource", GuardedApp.OPERATOR, GuardedApp.PASSWORD)
                                .body()).at("/snapshot/used").asInt()).isGreaterThanOrEqualTo(3));
            } finally {
                release.countDown();
            }
            for (CompletableFuture<HttpResponse<String>> r : holding) {
                assertThat(r.join().statusCode()).isEqualTo(200);
                assertThat(r.join().body()).contains("VirtualThread");
            }
        } finally {
            GuardedApp.RELEASE.set(new CountDownLatch(0));
        }
    }
}
