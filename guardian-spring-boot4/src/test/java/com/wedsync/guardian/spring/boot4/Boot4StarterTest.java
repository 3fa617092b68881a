package com.wedsync.guardian.spring.boot4;

import com.wedsync.guardian.spring.scenarios.StarterScenarios;

/** The starter's scenarios on Spring Boot 4, with the libraries that line brings. */
class Boot4StarterTest extends StarterScenarios {

    @Override
    protected String line() {
        return "boot4";
    }
}
