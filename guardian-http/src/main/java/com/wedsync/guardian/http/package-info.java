/**
 * Reading answers from servers the guardian does not control (calendar feeds, alert vendors, GitHub) within a
 * size limit and a deadline for the whole exchange (docs/hostile-inputs.md). Its own module because the three
 * modules that call out over HTTP (guardian-calendar, guardian-notify, guardian-app) share no other module but
 * guardian-core, which does no I/O.
 */
package com.wedsync.guardian.http;
