package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.scaling.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLinesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT = Instant.parse("2026-12-05T17:34:00Z");
    private static final String ID = "962e394d-1111-2222-3333-444455556666";

    private static AuditEntry action(String outcome, String from, String to, String reason, String overrideId) {
        return new AuditEntry(AT, "wedsync", "action", outcome, AuditEntry.ENGINE, from, to, reason, overrideId);
    }

    private static String format(AuditEntry e) {
        return AuditLines.format(e, LONDON, Map.of(ID, "demo: duty manager")::get);
    }

    @Test
    void anOverrideSaysWhoLiftsWhatUntilWhenInVenueTimeAndWhy() {
        AuditEntry granted = new AuditEntry(AT, "wedsync", "override", "granted", "demo: duty manager", "",
                "action shrink until 2026-12-05T18:34:00Z", "the ceremony rush is over", ID);

        assertThat(format(granted)).isEqualTo("Sat 17:34  override by demo: duty manager lifts the protected window for"
                + " shrink on wedsync until Sat 18:34 — reason: the ceremony rush is over [962e394d]");
    }

    @Test
    void anEmergencySaysWhoDeclaredOrClearedItAndWhy() {
        AuditEntry cleared = new AuditEntry(AT, "*", "emergency", "cleared", "ana", "", "declared by bo until 2026-06-13T20:00:00Z",
                "venue network back", "");
        assertThat(format(cleared)).isEqualTo("Sat 17:34  emergency cleared by ana — reason: venue network back");
    }

    @Test
    void aShrinkUnderAnOverrideNamesTheOverrideAndWhoGrantedIt() {
        AuditEntry shrink = action("applied", "max=40 minIdle=33", "max=34 minIdle=20", "shrink (enforce): forecast upper"
                + " bound 30.1 -> max 34; pressure: (used 12 + pending 0) / max 40; scale down to 34 (highest recommendation"
                + " over 30 min: 34)", ID);

        assertThat(format(shrink)).isEqualTo("Sat 17:34  applied shrink wedsync 40 → 34 under override 962e394d"
                + " (demo: duty manager) — scale down to 34 (highest recommendation over 30 min: 34)");
    }

    @Test
    void aReleaseShowsTheFloorMovingUnderAnUnchangedMaximumAndSaysWhatFollows() {
        AuditEntry release = action("applied", "max=40 minIdle=36", "max=40 minIdle=1", "release (enforce): forecast upper"
                + " bound 3.8 -> max 6; scale down to 30 (highest recommendation over 30 min: 6); first releasing idle"
                + " connections down to minIdle 1; max 40 -> 30 follows", "");

        assertThat(format(release)).isEqualTo("Sat 17:34  applied release wedsync minIdle 36 → 1 (max 40) — first releasing"
                + " idle connections down to minIdle 1");
    }

    @Test
    void aRollbackSaysWhyTheChangeWasWorse() {
        AuditEntry back = action("rolled-back", "max=4 minIdle=2", "max=40 minIdle=28", "grow (enforce): shrink"
                + " max=40 minIdle=28 -> max=4 minIdle=2 made things worse (3 of 3 samples worse than before the change:"
                + " 27 acquisition timeouts (before: 0)): rolling back to the recorded previous size", "");

        assertThat(format(back)).isEqualTo("Sat 17:34  rolled back wedsync 4 → 40: 3 of 3 samples worse than before the"
                + " change: 27 acquisition timeouts (before: 0)");
    }

    @Test
    void aBlockedShrinkKeepsItsReasonWithoutTheSizesAndTheWish() {
        AuditEntry blocked = action("blocked", "max=40 minIdle=33", "max=40 minIdle=9", "shrink (enforce): shrinking"
                + " max=40 minIdle=33 -> max=40 minIdle=9 is blocked inside the protected window (2 weddings in progress);"
                + " wanted because forecast upper bound 5.0", "");

        assertThat(format(blocked)).isEqualTo("Sat 17:34  blocked shrink wedsync minIdle 33 → 9 (max 40) — inside the"
                + " protected window (2 weddings in progress)");
    }

    @Test
    void aManualResizeKeepsWhoAndWhyAndLongReasonsAreCut() {
        AuditEntry manual = action("applied", "max=40 minIdle=28", "max=4 minIdle=2", "shrink (enforce): manual resize by"
                + " demo: chaos drill (" + "far too few ".repeat(20) + ")", "");

        String line = format(manual);
        assertThat(line).startsWith("Sat 17:34  applied shrink wedsync 40 → 4 — manual resize by demo: chaos drill (far")
                .endsWith("…");
        assertThat(line.substring(line.indexOf(" — ") + 3)).hasSize(120);
    }

    @Test
    void aVerdictDropsTheChangeItRepeats() {
        AuditEntry kept = action("verified", "max=9 minIdle=6", "max=19 minIdle=16", "grow (enforce): grow max=9 minIdle=6"
                + " -> max=19 minIdle=16 kept: 3 of 3 samples healthy", "");

        assertThat(format(kept)).isEqualTo("Sat 17:34  verified grow wedsync 9 → 19 — 3 of 3 samples healthy");
    }

    /** Issue 10, item 9: an actor or a reason cannot forge a console line or send escapes to the terminal. */
    @Test
    void anOverridesActorAndReasonArePrintedEscapedOnOneLine() {
        AuditEntry forged = new AuditEntry(AT, "wedsync", "override", "granted", "ana\nSat 17:35  override revoked by ops",
                "", "action shrink until 2026-12-05T18:34:00Z", "\u001b[2J\u001b[Hall clear", ID);

        assertThat(format(forged)).isEqualTo("Sat 17:34  override by ana\\nSat 17:35  override revoked by ops lifts the"
                + " protected window for shrink on wedsync until Sat 18:34 — reason: \\u001b[2J\\u001b[Hall clear [962e394d]")
                .doesNotContain("\n", "\u001b");
    }

    @Test
    void anOperatorsNoteInTheEventFeedIsEscaped() {
        EventFeed feed = new EventFeed(new com.wedsync.guardian.scaling.AuditLog() {
            @Override
            public void append(AuditEntry entry) {
            }

            @Override
            public java.util.List<AuditEntry> since(Instant since, int limit) {
                return java.util.List.of();
            }
        }, LONDON);

        feed.note(AT, "resize refused: \u001b]0;pwned\u0007\r\nSat 17:40  applied");

        assertThat(feed.last(5)).singleElement().satisfies(l -> assertThat(l.text())
                .isEqualTo("Sat 17:34  resize refused: \\u001b]0;pwned\\u0007\\r\\nSat 17:40  applied"));
    }
}
