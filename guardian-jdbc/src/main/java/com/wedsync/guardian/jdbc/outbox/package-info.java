/** The durable alert outbox over JDBC (H2 and PostgreSQL, Flyway V1): written before sending, marked after. */
package com.wedsync.guardian.jdbc.outbox;
