package com.wedsync.guardian.notify.dispatch;

import java.util.UUID;

/** The same claiming on H2 (the embedded store): two pools on one in-memory database. */
class H2SharedOutboxTest extends SharedOutboxContract {

    private final String url = "jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    String storeUrl() {
        return url;
    }

    @Override
    String user() {
        return "sa";
    }
}
