/** Rate limits per channel and per recipient that honour each vendor's limits; over-limit notifications wait (coalesced per group), except at criticality 5. */
package com.wedsync.guardian.alert.ratelimit;
