package com.wedsync.guardian.spring;

import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Sees every data source bean as it is created, and hands those created once the guardian runs (lazy beans, beans
 * of a child context's factory) to it. Before that, the guardian's first scan finds them.
 */
public final class LatePools implements BeanPostProcessor {

    private volatile BiConsumer<String, DataSource> running;

    void handTo(BiConsumer<String, DataSource> sink) {
        this.running = sink;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        BiConsumer<String, DataSource> sink = running;
        if (sink != null && bean instanceof DataSource ds) {
            sink.accept(beanName, ds);
        }
        return bean;
    }
}
