/** What a pool looks like at one instant ({@link com.wedsync.guardian.pool.PoolSnapshot}) and the SPIs that observe and resize it. */
package com.wedsync.guardian.pool;
