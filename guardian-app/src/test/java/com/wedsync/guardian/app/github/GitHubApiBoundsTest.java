package com.wedsync.guardian.app.github;

import com.wedsync.guardian.http.testing.HostileHttpServer;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The GitHub client against a "GitHub" on loopback that never finishes its answer: the call ends at the read limit
 * or the deadline with a retryable failure (the held deployment is tried again later), and hangs up. The preemptive
 * time-out only stops a hang; it times nothing.
 */
class GitHubApiBoundsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-13T04:00:30Z"), ZoneOffset.UTC);

    private static GitHubApi api(HostileHttpServer github) {
        GitHubSettings settings = new GitHubSettings(Secret.of("whsec-bounds"), "123456", Secret.of(AppJwtTest.pkcs1Pem()),
                URI.create(github.baseUrl()), GitHubSettings.DEFAULT_MAX_HOLD);
        return new GitHubApi(settings, CLOCK, Duration.ofMillis(1500));
    }

    @Test
    void anEndlessTokenAnswerIsCutAt64KbAndRetryable() throws Exception {
        try (HostileHttpServer github = HostileHttpServer.endless(201)) {
            assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> api(github).installationToken(7))
                    .isInstanceOfSatisfying(GitHubApi.CallFailed.class, e -> {
                        assertThat(e.retryable()).isTrue();
                        assertThat(e).hasMessage("GitHub's answer ran past 64 KB; cut off");
                    }));

            assertThat(github.awaitClientGone(HANG_GUARD)).as("the client hung up").isTrue();
        }
    }

    @Test
    void aTokenAnswerTricklingAByteASecondEndsAtTheDeadlineAndIsRetryable() throws Exception {
        try (HostileHttpServer github = HostileHttpServer.trickle(201, Duration.ofSeconds(1))) {
            assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> api(github).installationToken(7))
                    .isInstanceOfSatisfying(GitHubApi.CallFailed.class, e -> {
                        assertThat(e.retryable()).isTrue();
                        assertThat(e).hasMessage("GitHub answered HTTP 201 but not completely within 1500 ms");
                    }));

            assertThat(github.awaitClientGone(HANG_GUARD)).as("the exchange was cancelled at the deadline").isTrue();
        }
    }

    @Test
    void aWholeAnswerUnderTheLimitIsStillRead() throws Exception {
        try (HostileHttpServer github = HostileHttpServer.sized(201, 60 * 1024)) {
            // 60 KB of "x": read whole, then refused as not JSON rather than cut off
            assertThatThrownBy(() -> api(github).installationToken(7)).isInstanceOf(GitHubApi.CallFailed.class)
                    .hasMessage("GitHub's installation token answer is not JSON");
        }
    }
}
