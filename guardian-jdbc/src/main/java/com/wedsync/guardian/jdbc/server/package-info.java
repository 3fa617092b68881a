/**
 * The database server's own view of its connections, read over a dedicated JDBC connection
 * (never one from a monitored pool): PostgreSQL's {@code max_connections}, reserved slots and
 * {@code pg_stat_activity}, turned into a core {@link com.wedsync.guardian.server.ServerView}.
 */
package com.wedsync.guardian.jdbc.server;
