package com.wedsync.guardian.app.config;

import com.wedsync.guardian.alert.pipeline.AlertingConfig;
import com.wedsync.guardian.notify.ConfiguredChannel;
import com.wedsync.guardian.notify.dispatch.ClaimLease;

import java.time.Duration;
import java.util.List;

/**
 * {@code alerts:} the channels (each read into its typed config by its own package in guardian-notify) and the pipeline's
 * routes, escalations, inhibitions and rate limits.
 *
 * @param dashboardUrl linked from Slack and e-mail messages (each channel's default); empty for none
 */
public record AlertsSettings(List<ConfiguredChannel<?>> channels, AlertingConfig pipeline, String dashboardUrl, Duration outboxLease) {

    /** With the outbox's default claim lease. */
    public AlertsSettings(List<ConfiguredChannel<?>> channels, AlertingConfig pipeline, String dashboardUrl) {
        this(channels, pipeline, dashboardUrl, ClaimLease.DEFAULT_LENGTH);
    }

    public AlertsSettings {
        channels = List.copyOf(channels);
        outboxLease = outboxLease == null ? ClaimLease.DEFAULT_LENGTH : outboxLease;
    }

    /** No channel but the log: what a config without {@code alerts:} gets. */
    public boolean onlyLog() {
        return channels.stream().allMatch(c -> c.typeName().equals("log"));
    }
}
