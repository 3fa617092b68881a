/** From pool health and wedding context to alerts: which conditions fire, how loud, with a stable fingerprint. */
package com.wedsync.guardian.alert.evaluate;
