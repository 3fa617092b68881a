package com.wedsync.guardian.metrics.readings;

/**
 * Things that happen, counted as they happen. The values are tag values, so they must come from a
 * small fixed set (never an id, a name of a wedding, or free text): anything outside
 * {@code [a-z0-9_.-]} is folded to {@code _} and cut to 40 characters.
 */
public interface GuardianEvents {

    /** Does nothing: stands in where metrics are off. */
    GuardianEvents NONE = new GuardianEvents() {
    };

    /**
     * A scaling decision was carried out or refused.
     *
     * @param pool   the pool name
     * @param result what came of it, for example {@code applied}, {@code blocked}, {@code rolled_back}, {@code failed}
     */
    default void recordScalingAction(String pool, String result) {
    }

    /**
     * An alert delivery attempt finished.
     *
     * @param channel the channel name, for example {@code slack}, {@code pagerduty}
     * @param result  for example {@code ok}, {@code retryable}, {@code permanent}
     */
    default void recordAlertSent(String channel, String result) {
    }
}
