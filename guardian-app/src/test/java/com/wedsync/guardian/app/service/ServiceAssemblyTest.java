package com.wedsync.guardian.app.service;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.PoolStatus;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.UnicastRemoteObject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `guardian run` end to end: a config naming a JMX pool in "another JVM" (a real RMI connector), the real
 * PostgreSQL's own view, a JSON calendar and a store, turned into a running guardian served over HTTP.
 */
class ServiceAssemblyTest {

    @TempDir
    Path dir;

    @Test
    void aConfigBecomesARunningGuardianWatchingAJmxPoolAndItsDatabase() throws Exception {
        System.setProperty("java.rmi.server.hostname", "127.0.0.1");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Registry registry = LocateRegistry.createRegistry(port);
        String url = "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi";
        JMXConnectorServer connector = JMXConnectorServerFactory.newJMXConnectorServer(new JMXServiceURL(url), null,
                ManagementFactory.getPlatformMBeanServer());
        connector.start();
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
        hc.setUsername("postgres");
        hc.setPoolName("remote-orders");
        hc.setRegisterMbeans(true);
        hc.setMaximumPoolSize(6);
        hc.setMinimumIdle(2);
        Path calendar = dir.resolve("weddings.json");
        Files.writeString(calendar, "[]");
        Path yaml = dir.resolve("guardian.yaml");
        Files.writeString(yaml, """
                tick: 200ms
                http: {port: 0, adminToken: "${ADMIN}"}
                store: "jdbc:h2:mem:service-assembly;DB_CLOSE_DELAY=-1"
                databases:
                  - {name: main, url: "jdbc:postgresql://127.0.0.1:5432/test", user: postgres, password: "${PGPASS}", refresh: 1s}
                pools:
                  - {name: orders, jmx: "%s", poolName: remote-orders, database: main}
                calendars:
                  - {name: platform, type: json, path: "%s"}
                weddings: {homeZones: [Europe/London]}
                scaling: {mode: observe}
                """.formatted(url, calendar));
        GuardianConfig config = new ConfigLoader(Map.of("ADMIN", "t0ken", "PGPASS", "unused-secret")::get).load(yaml);
        try (HikariDataSource ds = new HikariDataSource(hc);
             Guardian guardian = ServiceAssembly.from(config, Clock.systemUTC()).start()) {
            Eventually.await(Duration.ofSeconds(20), "the JMX pool and the server view to be read", () ->
                    guardian.view().pools().stream().anyMatch(p -> p.snapshot() != null
                            && p.snapshot().reachability() == Reachability.REACHABLE)
                            && guardian.view().serverViews().stream().anyMatch(v -> v.available()));

            PoolStatus orders = guardian.view().pools().get(0);
            assertThat(orders.name()).isEqualTo("orders");
            assertThat(orders.snapshot().max()).isEqualTo(6);
            assertThat(orders.database()).isEqualTo("main");
            String pools = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + guardian.httpPort() + "/api/scaling")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(pools).contains("\"pool\" : \"orders\"", "\"mode\" : \"observe\"");
            assertThat(pools).doesNotContain("unused-secret");
        } finally {
            connector.stop();
            UnicastRemoteObject.unexportObject(registry, true);
        }
    }
}
