/**
 * What the metrics read and record: a read model the application implements ({@link
 * com.wedsync.guardian.metrics.readings.GuardianReadings}) and the events it reports ({@link
 * com.wedsync.guardian.metrics.readings.GuardianEvents}). Nothing here knows about Micrometer.
 */
package com.wedsync.guardian.metrics.readings;
