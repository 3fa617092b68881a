/**
 * Resilience around each channel: a Resilience4j circuit breaker per channel, and the backoff (Resilience4j's
 * exponential interval function, Retry-After honoured) the dispatcher schedules retries with.
 */
package com.wedsync.guardian.notify.resilience;
