package com.wedsync.guardian.app.config;

import com.wedsync.guardian.alert.pipeline.AlertingConfig;
import com.wedsync.guardian.notify.ChannelSettings;

import com.wedsync.guardian.notify.dispatch.ClaimLease;

import java.time.Duration;
import java.util.List;

/**
 * {@code alerts:} the channels (each read by its own package in guardian-notify) and the pipeline's
 * routes, escalations, inhibitions and rate limits.
 *
 * @param dashboardUrl linked from Slack and e-mail messages; empty for none
 */
public record AlertsSettings(List<ChannelSettings> channels, AlertingConfig pipeline, String dashboardUrl, Duration outboxLease) {

    /** With the outbox's default claim lease. */
    public AlertsSettings(List<ChannelSettings> channels, AlertingConfig pipeline, String dashboardUrl) {
        this(channels, pipeline, dashboardUrl, ClaimLease.DEFAULT_LENGTH);
    }

    public AlertsSettings {
        channels = List.copyOf(channels);
        outboxLease = outboxLease == null ? ClaimLease.DEFAULT_LENGTH : outboxLease;
    }

    /** No channel but the log: what a config without {@code alerts:} gets. */
    public boolean onlyLog() {
        return channels.stream().allMatch(c -> c.type().equals("log"));
    }
}
