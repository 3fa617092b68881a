/** Opening and migrating the guardian's own store: an H2 file under ./data by default, PostgreSQL in production. */
package com.wedsync.guardian.jdbc.store;
