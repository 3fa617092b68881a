/**
 * Secrets: the {@link com.wedsync.guardian.secret.Secret} value type that config holds and nothing prints, and the
 * one {@link com.wedsync.guardian.secret.Redactor} for text that may quote a credential (URLs, JDBC strings,
 * driver messages, bearer headers).
 */
package com.wedsync.guardian.secret;
