/** Alert delivery benchmarks: from an enqueued notification to a vendor's accepted request on loopback. */
package com.wedsync.guardian.bench.alert;
