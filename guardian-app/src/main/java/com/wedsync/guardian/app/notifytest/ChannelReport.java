package com.wedsync.guardian.app.notifytest;

/** What happened on one channel: delivered, failed or skipped (no route leads there), after how many attempts. */
public record ChannelReport(String channel, String status, int attempts, String detail) {

    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";
}
