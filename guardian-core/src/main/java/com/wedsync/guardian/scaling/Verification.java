package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSnapshot;

import java.util.List;
import java.util.Locale;

/** Judges a change from the samples taken after its warm-up against the snapshot taken before it. Pure. */
public final class Verification {

    /** The judgement and why. */
    public record Judgement(Result result, String reason) {
    }

    public enum Result { PASSED, FAILED, INCONCLUSIVE }

    private Verification() {
    }

    public static Judgement judge(VerificationPolicy p, PoolSnapshot baseline, List<PoolSnapshot> samples) {
        int failed = 0;
        int passed = 0;
        String firstFailure = "";
        for (PoolSnapshot s : samples) {
            String failure = failure(p, baseline, s);
            if (!failure.isEmpty()) {
                failed++;
                firstFailure = firstFailure.isEmpty() ? failure : firstFailure;
            } else if (success(p, s)) {
                passed++;
            }
        }
        int n = samples.size();
        if (failed * 2 > n) {
            return new Judgement(Result.FAILED, failed + " of " + n + " samples worse than before the change: " + firstFailure);
        }
        if (passed == n) {
            return new Judgement(Result.PASSED, n + " of " + n + " samples healthy");
        }
        return new Judgement(Result.INCONCLUSIVE, passed + " of " + n + " samples healthy, " + failed + " worse"
                + (firstFailure.isEmpty() ? "" : " (" + firstFailure + ")") + ": holding; a human should look");
    }

    /** Why this sample is worse than the baseline; empty when it is not. */
    static String failure(VerificationPolicy p, PoolSnapshot baseline, PoolSnapshot s) {
        if (!s.reachable()) {
            return "pool " + s.reachability().name().toLowerCase(Locale.ROOT) + (s.cause().isEmpty() ? "" : ": " + s.cause());
        }
        if (s.timeoutsInterval() > baseline.timeoutsInterval()) {
            return s.timeoutsInterval() + " acquisition timeouts (before: " + baseline.timeoutsInterval() + ")";
        }
        double waitLimit = Math.max(p.waitP99FloorMs(), baseline.waitTime().p99Ms() * p.worseFactor());
        if (s.waitTime().count() > 0 && s.waitTime().p99Ms() > waitLimit) {
            return String.format(Locale.ROOT, "wait p99 %.1f ms above %.1f ms (before: %.1f ms)", s.waitTime().p99Ms(), waitLimit,
                    baseline.waitTime().p99Ms());
        }
        // "Slower" needs a before: with no query in the baseline's interval there is nothing to compare with.
        double useLimit = Math.max(p.useP99FloorMs(), baseline.useTime().p99Ms() * p.worseFactor());
        if (baseline.useTime().count() > 0 && s.useTime().count() > 0 && s.useTime().p99Ms() > useLimit) {
            return String.format(Locale.ROOT, "use p99 %.1f ms above %.1f ms: the database got slower (before: %.1f ms)",
                    s.useTime().p99Ms(), useLimit, baseline.useTime().p99Ms());
        }
        return "";
    }

    static boolean success(VerificationPolicy p, PoolSnapshot s) {
        return s.reachable() && s.timeoutsInterval() == 0 && s.waitTime().p99Ms() <= p.successWaitP99Ms()
                && s.utilisation() <= p.successUtilisation();
    }
}
