package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationTest {

    private static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
    private static final VerificationPolicy POLICY = VerificationPolicy.defaults();

    private static PoolSnapshot snapshot(LatencySummary use) {
        return new PoolSnapshot("orders", T0, Reachability.REACHABLE, "", 2, 8, 10, 2, 0, 0, 0,
                new LatencySummary(use.count(), 0.1, 0.2, 0.3, 0.3), use, LatencySummary.EMPTY, 0);
    }

    private static LatencySummary use(double p99Ms) {
        return new LatencySummary(100, p99Ms / 2, p99Ms, p99Ms, p99Ms);
    }

    @Test
    void queriesTakingLongerThanBeforeTheChangeMeanTheDatabaseGotSlower() {
        Verification.Judgement j = Verification.judge(POLICY, snapshot(use(10)), List.of(snapshot(use(200)), snapshot(use(200)),
                snapshot(use(200))));
        assertThat(j.result()).isEqualTo(Verification.Result.FAILED);
        assertThat(j.reason()).contains("the database got slower");
    }

    @Test
    void withNoQueryBeforeTheChangeThereIsNothingToCallSlower() {
        // A quiet night: nothing ran in the interval before the change, then 200 ms reports run as usual.
        Verification.Judgement j = Verification.judge(POLICY, snapshot(LatencySummary.EMPTY), List.of(snapshot(use(200)),
                snapshot(use(200)), snapshot(use(200))));
        assertThat(j.result()).isEqualTo(Verification.Result.PASSED);
    }
}
