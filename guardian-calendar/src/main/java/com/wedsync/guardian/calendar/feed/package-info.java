/** Fetching a calendar feed over HTTPS: conditional requests, time-outs, a size limit, and errors that never show the feed's secret address. */
package com.wedsync.guardian.calendar.feed;
