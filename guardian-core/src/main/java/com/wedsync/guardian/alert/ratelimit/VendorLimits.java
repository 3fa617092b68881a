package com.wedsync.guardian.alert.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Each vendor's published limit, the default for a channel of that type (docs/vendors.md).
 */
public final class VendorLimits {

    /** Slack: about one message per second per incoming webhook. */
    public static final RateLimit SLACK = RateLimit.of(1, Duration.ofSeconds(1));
    /** PagerDuty Events v2: 120 events per minute per routing key. */
    public static final RateLimit PAGERDUTY = RateLimit.of(120, Duration.ofMinutes(1));
    /** Resend: 2 requests per second per team by default. */
    public static final RateLimit RESEND = RateLimit.of(2, Duration.ofSeconds(1));
    /**
     * Twilio, per sending number: one message per second, the queueing rate of a long code (toll-free and
     * short codes send faster; raise it for those).
     */
    public static final RateLimit TWILIO = RateLimit.of(1, Duration.ofSeconds(1));
    /**
     * Per SMS recipient (a phone): at most 5 messages in 10 minutes, bursting to 3. More cannot be read on a
     * phone, and carriers filter numbers that flood one handset.
     */
    public static final RateLimit SMS_RECIPIENT = new RateLimit(5, Duration.ofMinutes(10), 3);

    private VendorLimits() {
    }

    /** The default channel limit for a channel type (slack, pagerduty, resend, twilio); none for the others. */
    public static Optional<RateLimit> forType(String type) {
        switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "slack":
                return Optional.of(SLACK);
            case "pagerduty":
                return Optional.of(PAGERDUTY);
            case "resend":
                return Optional.of(RESEND);
            case "twilio":
                return Optional.of(TWILIO);
            default:
                return Optional.empty();
        }
    }
}
