/** The append-only scaling audit log in the guardian's store (table {@code scaling_audit}). */
package com.wedsync.guardian.jdbc.audit;
