package com.wedsync.guardian.app.config;

import com.wedsync.guardian.alert.pipeline.AlertSchema;
import com.wedsync.guardian.alert.pipeline.AlertingConfig;
import com.wedsync.guardian.alert.ratelimit.RateLimitPolicy;
import com.wedsync.guardian.alert.ratelimit.VendorLimits;
import com.wedsync.guardian.alert.route.Route;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.notify.ChannelFactory;
import com.wedsync.guardian.notify.ConfiguredChannel;
import com.wedsync.guardian.notify.dispatch.ClaimLease;
import com.wedsync.guardian.notify.log.LogChannel;
import com.wedsync.guardian.notify.twilio.TwilioConfig;
import com.wedsync.guardian.secret.Secret;

import java.time.Duration;
import java.util.List;

/**
 * Reads {@code alerts:}: each channel entry into its typed config (by its type's declared keys, in guardian-notify),
 * the pipeline (core's {@link AlertSchema}) and the outbox's lease.
 */
final class AlertsSection {

    private AlertsSection() {
    }

    static AlertsSettings read(ConfigReader a, String instance) {
        String dashboardUrl = a.find(GuardianSchema.DASHBOARD_URL).orElse("");
        List<ConfigReader> entries = a.entries(ChannelFactory.CHANNELS);
        List<ConfiguredChannel<?>> channels = entries.isEmpty()
                ? List.of(new ConfiguredChannel<>("log", new LogChannel(), new LogChannel.Config()))
                : new ChannelFactory().read(entries, dashboardUrl);
        List<String> names = entries.isEmpty() ? List.of("log")
                : entries.stream().map(e -> e.find(ChannelFactory.NAME).orElse("")).toList();
        Duration lease = a.section(GuardianSchema.OUTBOX).get(ClaimLease.LEASE);
        return AlertSchema.pipeline(a, instance, names, vendorLimits(channels))
                .map(pipeline -> new AlertsSettings(channels, pipeline, dashboardUrl, lease))
                .orElseGet(() -> new AlertsSettings(channels, AlertingConfig.builder().instance(instance)
                        .routes(Route.builder().receivers(names.stream().filter(n -> !n.isBlank()).findFirst().orElse("log"))
                                .build()).build(), "", lease));
    }

    /** Each channel gets its vendor's limit (docs/vendors.md), each SMS number its own; the section's limits go on top. */
    private static RateLimitPolicy.Builder vendorLimits(List<ConfiguredChannel<?>> channels) {
        RateLimitPolicy.Builder p = RateLimitPolicy.builder();
        for (ConfiguredChannel<?> c : channels) {
            VendorLimits.forType(c.typeName()).ifPresent(limit -> p.channel(c.name(), limit));
            if (c.config() instanceof TwilioConfig sms) {
                for (Secret to : sms.to()) {
                    p.recipient(c.name(), to.reveal(), VendorLimits.SMS_RECIPIENT);
                }
            }
        }
        return p;
    }
}
