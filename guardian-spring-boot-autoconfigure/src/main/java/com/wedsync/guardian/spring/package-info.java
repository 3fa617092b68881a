/**
 * The Spring Boot starters' shared core (compiled against the Boot 3.5 APIs Boot 4 kept): the {@code guardian.*}
 * properties read onto guardian.yaml's schema ({@link com.wedsync.guardian.spring.GuardianProperties}), every
 * HikariCP pool of the context found ({@link com.wedsync.guardian.spring.PoolDiscovery}), the guardian started
 * once the application is ready and stopped before the pools close ({@link com.wedsync.guardian.spring.GuardianRunner}),
 * the actuator endpoint {@code guardian} ({@link com.wedsync.guardian.spring.GuardianEndpoint}) and each pool's health
 * as a line-neutral view ({@link com.wedsync.guardian.spring.PoolHealthView}) the thin starters turn into their line's
 * health contributors.
 */
package com.wedsync.guardian.spring;
