package com.wedsync.guardian.spring;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * Finds the HikariCP pools of an application context: every {@link DataSource} bean already created, default
 * candidate or not, unwrapped through proxies and delegating data sources ({@link DataSourceUnwrapper}), and the
 * HikariCP targets of a routing data source. A pool reached twice (a bean and a proxy bean over it) is found once.
 * Beans named in {@code guardian.exclude}, and what is reached through them, are left alone. Remembers what it found,
 * so that each later {@link #scan} reports only what is new.
 */
final class PoolDiscovery {

    /** HikariCP's own numbering: such a name says nothing, so the bean name is used. */
    private static final Pattern GENERATED = Pattern.compile("HikariPool-\\d+");

    /** One pool to guard: its name in the guardian, the bean it was found through, the pool. */
    record FoundPool(String name, String beanName, HikariDataSource dataSource) {
    }

    private final ConfigurableListableBeanFactory beans;
    private final Set<String> excluded;
    private final Set<HikariDataSource> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> names = new java.util.HashSet<>();
    private final Map<String, DataSource> known = new LinkedHashMap<>();

    PoolDiscovery(ConfigurableListableBeanFactory beans, Set<String> excluded) {
        this.beans = beans;
        this.excluded = Set.copyOf(excluded);
    }

    /** The pools not found before, among every data source bean created so far and the ones seen since. */
    synchronized List<FoundPool> scan() {
        for (String name : beans.getBeanNamesForType(DataSource.class, true, false)) {
            if (!known.containsKey(name) && !excluded.contains(name) && beans.containsSingleton(name)) {
                Object bean = beans.getBean(name);
                if (bean instanceof DataSource ds) {
                    known.put(name, ds);
                }
            }
        }
        List<FoundPool> found = new ArrayList<>();
        known.forEach((name, ds) -> find(name, ds, found));
        return found;
    }

    /** A data source bean created after the first scan (a lazy bean, say): the next {@link #scan} looks at it too. */
    synchronized void remember(String beanName, DataSource ds) {
        if (!excluded.contains(beanName)) {
            known.putIfAbsent(beanName, ds);
        }
    }

    private void find(String beanName, DataSource ds, List<FoundPool> found) {
        // a routing data source passes for a wrapper of its current target: look for it first
        AbstractRoutingDataSource routing = DataSourceUnwrapper.unwrap(ds, AbstractRoutingDataSource.class);
        if (routing != null) {
            // its targets are resolved at start and may be replaced later: each scan looks again
            Map<Object, DataSource> targets;
            try {
                targets = routing.getResolvedDataSources();
            } catch (IllegalStateException notYetInitialized) {
                return;
            }
            targets.forEach((key, target) -> {
                HikariDataSource t = DataSourceUnwrapper.unwrap(target, HikariConfigMXBean.class, HikariDataSource.class);
                if (t != null) {
                    add(t, beanName + "[" + key + "]", found);
                }
            });
            return;
        }
        HikariDataSource hikari = DataSourceUnwrapper.unwrap(ds, HikariConfigMXBean.class, HikariDataSource.class);
        if (hikari != null) {
            add(hikari, beanName, found);
        }
    }

    private void add(HikariDataSource ds, String fallback, List<FoundPool> found) {
        if (!seen.add(ds)) {
            return;
        }
        String poolName = ds.getPoolName();
        String name = poolName != null && !poolName.isBlank() && !GENERATED.matcher(poolName).matches() ? poolName : fallback;
        String unique = name;
        for (int i = 2; names.contains(unique); i++) {
            unique = name + "-" + i;
        }
        names.add(unique);
        found.add(new FoundPool(unique, fallback, ds));
    }
}
