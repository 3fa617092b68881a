package com.wedsync.guardian.wedding;

/** How much is at stake right now, from 1 (routine) to 5 (emergency). */
public enum Criticality {
    /** No wedding today or tomorrow (venue-local dates). */
    ROUTINE(1),
    /** A wedding tomorrow. */
    ELEVATED(2),
    /** A wedding today. */
    HIGH(3),
    /** A wedding in progress. */
    CRITICAL(4),
    /** CRITICAL while the pool is CRITICAL or DOWN, or an operator declared an emergency. */
    EMERGENCY(5);

    private final int score;

    Criticality(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }

    public static Criticality ofScore(int score) {
        for (Criticality c : values()) {
            if (c.score == score) {
                return c;
            }
        }
        throw new IllegalArgumentException("criticality must be between 1 and 5, but was " + score);
    }

    public boolean atLeast(Criticality other) {
        return score >= other.score;
    }
}
