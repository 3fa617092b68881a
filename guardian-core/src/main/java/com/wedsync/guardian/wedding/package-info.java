/** Weddings, the calendar they form, and the context (criticality, protected window, peak season) at an instant, always in each venue's local time. */
package com.wedsync.guardian.wedding;
