package com.wedsync.guardian.spring.boot4;

import com.wedsync.guardian.spring.PoolHealthView;
import java.util.stream.Stream;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;

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
    public Stream<HealthContributors.Entry> stream() {
        return pools.pools().stream().map(n -> new HealthContributors.Entry(n, indicator(n)));
    }

    private HealthContributor indicator(String name) {
        return (HealthIndicator) () -> pools.pool(name)
                .map(e -> Health.status(e.status()).withDetails(e.details()).build())
                .orElseGet(() -> Health.unknown().withDetail("guardian", "no longer watched").build());
    }
}
