package com.wedsync.guardian.loop;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one background loop stands.
 *
 * @param stalled      no pass completed for longer than {@code stallAfter}
 * @param lastSuccess  when a pass last completed; empty if none has yet
 * @param since        the last completed pass, or when the loop was created if none has: what stalled counts from
 * @param failingSince when the current streak of failed passes began; empty when the last pass completed
 * @param failures     failed passes in the current streak
 * @param lastError    the last failure's type (kept after a recovery, for the record; the log has its message)
 */
public record LoopStatus(String name, boolean stalled, Optional<Instant> lastSuccess, Instant since,
                         Duration stallAfter, Optional<Instant> failingSince, long failures,
                         Optional<String> lastError) {

    /** One line for {@code /healthz} and logs: which loop, since when, and its last error. */
    public String describe() {
        StringBuilder b = new StringBuilder("loop '").append(name).append("' ");
        b.append(stalled ? "has completed no pass since " + since + " (stalled after " + stallAfter + ")"
                : "ok, last pass " + lastSuccess.map(Instant::toString).orElse("not yet"));
        failingSince.ifPresent(f -> b.append("; failing since ").append(f).append(" (").append(failures)
                .append(" pass(es))"));
        lastError.ifPresent(e -> b.append("; last error: ").append(e));
        return b.toString();
    }
}
