/** The HTTP API on Jetty: small routes, JSON out, a bearer token on every mutation (and on reads when configured), slow clients bounded. */
package com.wedsync.guardian.app.http;
