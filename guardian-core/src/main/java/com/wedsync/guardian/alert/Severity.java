package com.wedsync.guardian.alert;

/** How loud an alert is. Rises with the wedding criticality. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public boolean atLeast(Severity other) {
        return ordinal() >= other.ordinal();
    }
}
