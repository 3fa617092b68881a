/** The database server's own view of its connections (PostgreSQL {@code pg_stat_activity}, {@code max_connections}). */
package com.wedsync.guardian.server;
