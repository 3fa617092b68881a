/** Inhibition: a firing source alert (a pool that is DOWN) mutes target alerts that share its labels (that pool's saturation, waiting threads, wait time, timeouts). */
package com.wedsync.guardian.alert.inhibit;
