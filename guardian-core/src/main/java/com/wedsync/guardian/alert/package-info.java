/** Alerts: what a condition raises, how it is routed, grouped, inhibited, silenced, escalated and rate-limited, and the Notifier SPI each channel implements. */
package com.wedsync.guardian.alert;
