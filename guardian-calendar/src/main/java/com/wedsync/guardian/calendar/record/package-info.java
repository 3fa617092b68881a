/** The platform's own wedding records (id, title, start, end, timeZone, guests, vendors, venue, status), shared by the JSON, CSV and JDBC sources. */
package com.wedsync.guardian.calendar.record;
