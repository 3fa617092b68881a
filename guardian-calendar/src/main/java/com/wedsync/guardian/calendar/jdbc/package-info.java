/** Weddings read from the platform's own database by a read-only SQL query whose columns carry the record field names. */
package com.wedsync.guardian.calendar.jdbc;
