/** Twilio SMS: one form-encoded request per recipient, E.164 numbers, a body short enough to read on a phone. */
package com.wedsync.guardian.notify.twilio;
