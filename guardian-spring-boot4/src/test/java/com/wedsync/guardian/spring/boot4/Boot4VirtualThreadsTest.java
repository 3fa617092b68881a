package com.wedsync.guardian.spring.boot4;

import com.wedsync.guardian.spring.scenarios.VirtualThreadScenarios;

/** A virtual-thread service on Spring Boot 4. */
class Boot4VirtualThreadsTest extends VirtualThreadScenarios {

    @Override
    protected String line() {
        return "boot4";
    }
}
