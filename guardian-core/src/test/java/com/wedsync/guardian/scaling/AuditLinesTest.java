package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's short lines come from the entry's fields: sizes, direction, override and gist, never from its prose. */
class AuditLinesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT = Instant.parse("2026-12-05T17:34:00Z");
    private static final String ID = "962e394d-1111-2222-3333-444455556666";

    private static AuditEntry action(Outcome outcome, PoolSize from, PoolSize to, String reason, String gist, String overrideId) {
        return action(Direction.of(from, to), outcome, from, to, reason, gist, overrideId);
    }

    private static AuditEntry action(Direction direction, Outcome outcome, PoolSize from, PoolSize to, String reason, String gist,
                                     String overrideId) {
        return AuditEntry.of(new Decision("wedsync", AT, ScalingMode.ENFORCE, direction, from, to, outcome, reason,
                List.of(), overrideId).because(gist));
    }

    private static String format(AuditEntry e) {
        return AuditLines.console(e, LONDON, Map.of(ID, "demo: duty manager")::get);
    }

    @Test
    void anOverrideSaysWhoLiftsWhatUntilWhenInVenueTimeAndWhy() {
        AuditEntry granted = AuditEntry.of(new EmergencyOverride(ID, "demo: duty manager", "the ceremony rush is over", AT,
                Instant.parse("2026-12-05T18:34:00Z"), "wedsync", OverrideScope.SHRINK));

        assertThat(format(granted)).isEqualTo("Sat 17:34  override by demo: duty manager lifts the protected window for"
                + " shrink on wedsync until Sat 18:34 — reason: the ceremony rush is over [962e394d]");
    }

    @Test
    void anEmergencySaysWhoDeclaredOrClearedItAndWhy() {
        AuditEntry cleared = AuditEntry.emergency(AT, AuditOutcome.CLEARED, "ana", Instant.parse("2026-06-13T20:00:00Z"),
                "venue network back");
        assertThat(format(cleared)).isEqualTo("Sat 17:34  emergency cleared by ana — reason: venue network back");
    }

    @Test
    void aShrinkUnderAnOverrideNamesTheOverrideAndWhoGrantedIt() {
        AuditEntry shrink = action(Outcome.APPLIED, new PoolSize(40, 33), new PoolSize(34, 20), "forecast upper"
                + " bound 30.1 -> max 34; pressure: (used 12 + pending 0) / max 40; scale down to 34 (highest recommendation"
                + " over 30 min: 34)", "scale down to 34 (highest recommendation over 30 min: 34)", ID);

        assertThat(format(shrink)).isEqualTo("Sat 17:34  applied shrink wedsync 40 → 34 under override 962e394d"
                + " (demo: duty manager) — scale down to 34 (highest recommendation over 30 min: 34)");
    }

    @Test
    void aReleaseShowsTheFloorMovingUnderAnUnchangedMaximumAndSaysWhatFollows() {
        AuditEntry release = action(Outcome.APPLIED, new PoolSize(40, 36), new PoolSize(40, 1), "forecast upper"
                + " bound 3.8 -> max 6; scale down to 30 (highest recommendation over 30 min: 6); first releasing idle"
                + " connections down to minIdle 1; max 40 -> 30 follows", "first releasing idle connections down to minIdle 1", "");

        assertThat(format(release)).isEqualTo("Sat 17:34  applied release wedsync minIdle 36 → 1 (max 40) — first releasing"
                + " idle connections down to minIdle 1");
    }

    @Test
    void aRollbackSaysWhyTheChangeWasWorse() {
        String worse = "3 of 3 samples worse than before the change: 27 acquisition timeouts (before: 0)";
        AuditEntry back = action(Outcome.ROLLED_BACK, new PoolSize(4, 2), new PoolSize(40, 28), "shrink"
                + " max=40 minIdle=28 -> max=4 minIdle=2 made things worse (" + worse + "): rolling back to the recorded"
                + " previous size", worse, "");

        assertThat(format(back)).isEqualTo("Sat 17:34  rolled back wedsync 4 → 40: 3 of 3 samples worse than before the"
                + " change: 27 acquisition timeouts (before: 0)");
    }

    @Test
    void aBlockedShrinkKeepsItsReasonWithoutTheSizesAndTheWish() {
        AuditEntry blocked = action(Direction.SHRINK, Outcome.BLOCKED, new PoolSize(40, 33), new PoolSize(40, 9), "shrinking"
                + " max=40 minIdle=33 -> max=40 minIdle=9 is blocked inside the protected window (2 weddings in progress);"
                + " wanted because forecast upper bound 5.0", "inside the protected window (2 weddings in progress)", "");

        assertThat(format(blocked)).isEqualTo("Sat 17:34  blocked shrink wedsync minIdle 33 → 9 (max 40) — inside the"
                + " protected window (2 weddings in progress)");
    }

    @Test
    void aManualResizeKeepsWhoAndWhyAndLongReasonsAreCut() {
        String why = "manual resize by demo: chaos drill (" + "far too few ".repeat(20) + ")";
        AuditEntry manual = action(Outcome.APPLIED, new PoolSize(40, 28), new PoolSize(4, 2), why, why, "");

        String line = format(manual);
        assertThat(line).startsWith("Sat 17:34  applied shrink wedsync 40 → 4 — manual resize by demo: chaos drill (far")
                .endsWith("…");
        assertThat(line.substring(line.indexOf(" — ") + 3)).hasSize(120);
    }

    @Test
    void aVerdictDropsTheChangeItRepeats() {
        AuditEntry kept = action(Outcome.VERIFIED, new PoolSize(9, 6), new PoolSize(19, 16), "grow max=9 minIdle=6"
                + " -> max=19 minIdle=16 kept: 3 of 3 samples healthy", "3 of 3 samples healthy", "");

        assertThat(format(kept)).isEqualTo("Sat 17:34  verified grow wedsync 9 → 19 — 3 of 3 samples healthy");
    }

    @Test
    void theLogLineOfADecisionIsTheDecisionInFull() {
        Decision d = new Decision("wedsync", AT, ScalingMode.ENFORCE, Direction.GROW, new PoolSize(9, 6), new PoolSize(19, 16),
                Outcome.APPLIED, "scale up at once to 19", List.of(), "");

        assertThat(AuditLines.line(AuditEntry.of(d))).isEqualTo(d.toString());
    }

    @Test
    void anEntryKeptAsTextBeforeTheFieldsIsShownFromItsText() {
        AuditEntry old = AuditEntry.fromText(AT, "wedsync", AuditEntry.Kind.ACTION, AuditOutcome.APPLIED, "guardian",
                "max=40 minIdle=10", "max=30 minIdle=5", "shrink (enforce): scale down to 30", "");

        assertThat(format(old)).isEqualTo("Sat 17:34  applied wedsync — max=40 minIdle=10 -> max=30 minIdle=5: shrink (enforce):"
                + " scale down to 30");
        assertThat(AuditLines.document(old)).containsEntry("direction", null).containsEntry("fromSize", null)
                .containsEntry("reason", "max=40 minIdle=10 -> max=30 minIdle=5: shrink (enforce): scale down to 30");
    }

    @Test
    void theApiDocumentCarriesTheFieldsBesideTheText() {
        AuditEntry shrink = action(Outcome.BLOCKED, new PoolSize(40, 33), new PoolSize(34, 20), "shrinking ... is blocked",
                "inside the protected window", "");

        assertThat(AuditLines.document(shrink)).containsEntry("kind", "action").containsEntry("outcome", "blocked")
                .containsEntry("direction", "shrink").containsEntry("mode", "enforce")
                .containsEntry("from", "max=40 minIdle=33").containsEntry("to", "max=34 minIdle=20")
                .containsEntry("fromSize", Map.of("max", 40, "minIdle", 33)).containsEntry("toSize", Map.of("max", 34, "minIdle", 20))
                .containsEntry("gist", "inside the protected window").containsEntry("scope", null);
    }

    /** Issue 10, item 9: an actor or a reason cannot forge a console line or send escapes to the terminal. */
    @Test
    void anOverridesActorAndReasonArePrintedEscapedOnOneLine() {
        AuditEntry forged = AuditEntry.of(new EmergencyOverride(ID, "ana\nSat 17:35  override revoked by ops",
                "\u001b[2J\u001b[Hall clear", AT, Instant.parse("2026-12-05T18:34:00Z"), "wedsync", OverrideScope.SHRINK));

        assertThat(format(forged)).isEqualTo("Sat 17:34  override by ana\\nSat 17:35  override revoked by ops lifts the"
                + " protected window for shrink on wedsync until Sat 18:34 — reason: \\u001b[2J\\u001b[Hall clear [962e394d]")
                .doesNotContain("\n", "\u001b");
    }
}
