package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolResizer;
import com.wedsync.guardian.pool.PoolSize;

import java.util.ArrayList;
import java.util.List;

/** An in-memory pool size for the engine's state-machine tests; the real HikariCP resizer is tested in guardian-hikari and by the integration test. */
final class RecordingResizer implements PoolResizer {

    PoolSize size;
    final List<PoolSize> applied = new ArrayList<>();
    int evictions;
    String rejectWith;
    boolean maxOnlyThenFail;
    boolean gone;

    RecordingResizer(PoolSize size) {
        this.size = size;
    }

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public PoolSize current() throws ResizeException {
        if (gone) {
            throw new ResizeException("pool orders is no longer registered over JMX");
        }
        return size;
    }

    @Override
    public void resize(PoolSize target) throws ResizeException {
        if (gone) {
            throw new ResizeException("pool orders is no longer registered over JMX");
        }
        if (maxOnlyThenFail) {
            maxOnlyThenFail = false;
            size = new PoolSize(target.max(), Math.min(size.minIdle(), target.max()));
            throw new ResizeException("database refused new connections while growing");
        }
        if (rejectWith != null) {
            String m = rejectWith;
            rejectWith = null;
            throw new ResizeException(m);
        }
        size = target;
        applied.add(target);
    }

    @Override
    public void softEvictIdle() throws ResizeException {
        if (gone) {
            throw new ResizeException("pool orders is no longer registered over JMX");
        }
        evictions++;
    }
}
