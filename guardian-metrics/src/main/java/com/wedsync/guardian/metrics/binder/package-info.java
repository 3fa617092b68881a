/**
 * Micrometer meters over the guardian's readings: the OpenTelemetry {@code db.client.connection.*}
 * names per pool and the guardian's own {@code guardian.*}. Meters follow the set of pools (and
 * servers, forecasts, calendar sources) at every refresh, so nothing needs a restart.
 */
package com.wedsync.guardian.metrics.binder;
