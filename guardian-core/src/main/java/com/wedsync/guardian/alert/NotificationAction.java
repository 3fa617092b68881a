package com.wedsync.guardian.alert;

/** What a notification asks the channel to do with an alert. */
public enum NotificationAction {
    TRIGGER, ACKNOWLEDGE, RESOLVE
}
