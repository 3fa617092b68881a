/**
 * Calendar sources (ICS feeds and files, JSON/CSV exports, a JDBC query), their configuration, and a
 * {@link com.wedsync.guardian.calendar.RefreshingCalendar} that polls them and keeps the last good copy.
 */
package com.wedsync.guardian.calendar;
