/** The HTTP API under hostile clients: latency of the health check and an operator's override while slow clients hold connections. */
package com.wedsync.guardian.bench.http;
