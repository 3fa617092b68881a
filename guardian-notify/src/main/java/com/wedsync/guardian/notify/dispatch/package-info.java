/**
 * Delivery from the outbox: drain what is due (oldest first), send through each channel's circuit breaker,
 * mark the entry delivered, scheduled for retry, or failed (with failover to the route's next channel).
 */
package com.wedsync.guardian.notify.dispatch;
