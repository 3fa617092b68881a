package com.wedsync.guardian.spring.boot3;

import com.wedsync.guardian.spring.scenarios.VirtualThreadScenarios;

/** A virtual-thread service on Spring Boot 3. */
class Boot3VirtualThreadsTest extends VirtualThreadScenarios {

    @Override
    protected String line() {
        return "boot3";
    }
}
