package com.wedsync.guardian.spring.boot3;

import com.wedsync.guardian.spring.scenarios.StarterScenarios;

/** The starter's scenarios on Spring Boot 3, with the libraries that line brings. */
class Boot3StarterTest extends StarterScenarios {

    @Override
    protected String line() {
        return "boot3";
    }
}
