/**
 * Twilio SMS: one form-encoded request per recipient, E.164 numbers, a body short enough to read on a phone;
 * a retry texts only the recipients earlier attempts did not reach.
 */
package com.wedsync.guardian.notify.twilio;
