/** The alerts the guardian knows about now: firing or resolved, acknowledged, muted; bounded and expiring. */
package com.wedsync.guardian.alert.state;
