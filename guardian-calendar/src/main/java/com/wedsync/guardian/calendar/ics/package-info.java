/**
 * Reading iCalendar (RFC 5545) feeds into weddings: ical4j's parser for the syntax, our own code for
 * dates, zones, recurrence overrides and the wedding fields, because ical4j's group expansion loses
 * moved instances and ignores {@code X-WR-TIMEZONE} (docs/calendars.md).
 */
package com.wedsync.guardian.calendar.ics;
