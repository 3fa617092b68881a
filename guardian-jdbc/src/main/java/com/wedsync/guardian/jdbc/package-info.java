/** The guardian's own store (outbox, audit log, forecast ledger) and the server-side probes, over JDBC. */
package com.wedsync.guardian.jdbc;
