/** The deploy freeze's held deployments in the guardian's store (Flyway V6). */
package com.wedsync.guardian.jdbc.freeze;
