/**
 * The durable alert outbox over JDBC (H2 and PostgreSQL, Flyway V1 and V3): written before sending, claimed by
 * one dispatcher at a time under a lease, marked after.
 */
package com.wedsync.guardian.jdbc.outbox;
