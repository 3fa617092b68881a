/** Prometheus Alertmanager: alerts posted to {@code /api/v2/alerts}, resolved by an endsAt in the past. */
package com.wedsync.guardian.notify.alertmanager;
