/**
 * The fleet's rows in PostgreSQL: membership with leases on the database's clock, and reservations granted
 * under the row lock of each database's budget row, with fencing tokens.
 */
package com.wedsync.guardian.jdbc.fleet;
