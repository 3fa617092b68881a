package com.wedsync.guardian.notify;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Setting;

/** Keys several channel types share, declared once. */
public final class ChannelKeys {

    public static final Setting<String> DASHBOARD_URL = Setting.url("dashboardUrl", null,
            "linked from the message", "http", "https").defaultText("alerts.dashboardUrl");

    private ChannelKeys() {
    }

    /** A vendor's base URL as given, or {@code otherwise}; without a trailing slash. */
    public static String url(ConfigReader entry, Setting<String> key, String otherwise) {
        String v = entry.find(key).orElse(otherwise == null ? "" : otherwise);
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }

    /** The entry's dashboard link, or the alerts section's. */
    public static String dashboardUrl(ConfigReader entry, String alertsDashboardUrl) {
        return url(entry, DASHBOARD_URL, alertsDashboardUrl);
    }
}
