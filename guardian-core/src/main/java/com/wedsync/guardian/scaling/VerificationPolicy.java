package com.wedsync.guardian.scaling;

import java.time.Duration;

/**
 * How a change is judged after it is made (Argo Rollouts / Flagger style, docs/scaling-practice.md): ignore a
 * warm-up, then take {@code samples} snapshots. A sample fails when the pool got worse than before
 * the change (more timeouts, a wait or use p99 {@code worseFactor} times the baseline and above the
 * floor, or the pool went down); it succeeds when there are no timeouts, the wait p99 is at most
 * {@code successWaitP99Ms} and utilisation at most {@code successUtilisation}. Most samples failed:
 * roll back; all succeeded: keep; anything else is inconclusive: hold and report.
 */
public record VerificationPolicy(Duration warmUp, int samples, double worseFactor, double waitP99FloorMs,
                                 double useP99FloorMs, double successWaitP99Ms, double successUtilisation) {

    public VerificationPolicy {
        ScalingPolicy.Builder.notNegative("warmUp", warmUp);
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, but was " + samples);
        }
        if (!(worseFactor >= 1)) {
            throw new IllegalArgumentException("worseFactor must be >= 1, but was " + worseFactor);
        }
        if (waitP99FloorMs < 0 || useP99FloorMs < 0 || successWaitP99Ms < 0) {
            throw new IllegalArgumentException("latency thresholds must be >= 0, but were " + waitP99FloorMs
                    + ", " + useP99FloorMs + ", " + successWaitP99Ms);
        }
        if (!(successUtilisation > 0 && successUtilisation <= 1)) {
            throw new IllegalArgumentException("successUtilisation must be > 0 and <= 1, but was " + successUtilisation);
        }
    }

    public static VerificationPolicy defaults() {
        return new VerificationPolicy(Duration.ofSeconds(10), 3, 2.0, 50, 50, 20, 0.9);
    }

    public VerificationPolicy withWarmUp(Duration d) {
        return new VerificationPolicy(d, samples, worseFactor, waitP99FloorMs, useP99FloorMs, successWaitP99Ms, successUtilisation);
    }

    public VerificationPolicy withSamples(int n) {
        return new VerificationPolicy(warmUp, n, worseFactor, waitP99FloorMs, useP99FloorMs, successWaitP99Ms, successUtilisation);
    }
}
