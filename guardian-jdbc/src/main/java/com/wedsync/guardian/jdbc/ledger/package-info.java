/** The forecast ledger in the guardian's store: forecast points and the hourly load that then happened. */
package com.wedsync.guardian.jdbc.ledger;
