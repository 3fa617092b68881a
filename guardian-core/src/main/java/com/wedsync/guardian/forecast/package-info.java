/**
 * Expected concurrent connections per pool per hour: calendar priors (weddings, guests, vendors,
 * hours to the ceremony in venue-local time, the RSVP run-up) turned into connections by Little's
 * law, on a weekly seasonal baseline learned from history, with a prediction interval, a
 * confidence, and accuracy (MASE against seasonal naive, bias). The ledger SPI records every
 * forecast and what then happened.
 */
package com.wedsync.guardian.forecast;
