package com.wedsync.guardian.spring.boot3;

import com.wedsync.guardian.spring.PoolHealthView;
import java.util.Iterator;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;

/**
 * {@code /actuator/health/guardian}: one indicator per pool the guardian watches now ({@code .../guardian/orders}), read
 * from its latest tick. Not in the liveness or readiness groups: a saturated pool must not make Kubernetes restart
 * or unroute every instance at once.
 */
public final class GuardianHealthContributor implements CompositeHealthContributor {

    private final PoolHealthView pools;

    GuardianHealthContributor(PoolHealthView pools) {
        this.pools = pools;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return pools.pool(name).isEmpty() ? null : indicator(name);
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return pools.pools().stream().map(n -> NamedContributor.of(n, indicator(n))).iterator();
    }

    private HealthContributor indicator(String name) {
        return (HealthIndicator) () -> pools.pool(name)
                .map(e -> Health.status(e.status()).withDetails(e.details()).build())
                .orElseGet(() -> Health.unknown().withDetail("guardian", "no longer watched").build());
    }
}
