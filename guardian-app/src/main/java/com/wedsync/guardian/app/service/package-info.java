/** {@code guardian run}: a checked config turned into a running guardian (JMX pools, server views, calendars). */
package com.wedsync.guardian.app.service;
