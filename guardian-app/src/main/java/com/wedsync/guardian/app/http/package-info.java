/** The HTTP API on the JDK's own server: small routes, JSON out, a bearer token on every mutation. */
package com.wedsync.guardian.app.http;
