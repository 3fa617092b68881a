/** Resend email: an escaped HTML template, a text alternative, the pool's last hour as CSV, an Idempotency-Key. */
package com.wedsync.guardian.notify.resend;
