/** The platform's own exports as files: JSON (an array of wedding objects, or {"weddings": [...]}) and CSV with a header row. */
package com.wedsync.guardian.calendar.file;
