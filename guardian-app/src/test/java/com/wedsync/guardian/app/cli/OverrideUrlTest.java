package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.http.ApiFixture;
import com.wedsync.guardian.http.testing.HostileHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 17, item 4: {@code guardian override} finds a guardian on another port through {@code $GUARDIAN_URL}
 * (or {@code --url}), and when it cannot reach one, says how to point it elsewhere.
 */
class OverrideUrlTest {

    @TempDir
    Path dir;

    private ApiFixture api;

    @BeforeEach
    void start() {
        api = ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void guardianUrlInTheEnvironmentPointsTheCommandAtAGuardianOnAnotherPort() throws Exception {
        try (GuardianProcess override = GuardianProcess.start(dir,
                Map.of("GUARDIAN_URL", "http://127.0.0.1:" + api.guardian.httpPort(), "GUARDIAN_ADMIN_TOKEN", ApiFixture.TOKEN),
                "override", "--actor", "ana", "--reason", "failover drill", "--expires", "2h", "--pool", "orders",
                "--action", "grow")) {
            assertThat(override.exitCode(60)).as(override.err()).isZero();
            assertThat(override.out()).contains("\"actor\"", "ana", "orders");
        }
        String listed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + api.guardian.httpPort() + "/api/overrides")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(listed).containsPattern("\"actor\"\\s*:\\s*\"ana\"").contains("failover drill");
    }

    @Test
    void whenNothingListensTheErrorSaysHowToPointItElsewhere() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CliRun run = CliRun.of("override", "--actor", "ana", "--reason", "drill", "--expires", "2h", "--pool",
                "orders", "--action", "grow", "--url", "http://127.0.0.1:" + closed);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot reach the guardian at http://127.0.0.1:" + closed)
                .contains("--url http://HOST:PORT", "$GUARDIAN_URL")
                .doesNotContain("\tat ");
    }

    @Test
    void anAddressThatAnswersWithoutEndIsCutOffWithTheReason() throws Exception {
        try (HostileHttpServer endless = HostileHttpServer.endless(200)) {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("override", "--actor", "ana",
                    "--reason", "drill", "--expires", "2h", "--pool", "orders", "--action", "grow",
                    "--url", endless.baseUrl()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("cannot reach the guardian at " + endless.baseUrl())
                    .contains("its answer ran past 8 MB").doesNotContain("\tat ");
        }
    }
}
