/** Time-zone names as calendars write them (IANA, Windows, Outlook display names, path-style TZIDs, offsets) resolved to IANA zones from CLDR's windowsZones.xml. */
package com.wedsync.guardian.calendar.zone;
