package com.wedsync.guardian.app.fleet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Told once when this instance freezes (store unreachable, lease lost), and once when it rejoins. */
public interface FleetTrouble {

    /** Says it in the log: a warning when frozen, a line when back. */
    FleetTrouble LOG = new FleetTrouble() {
        private final Logger log = LoggerFactory.getLogger(FleetTrouble.class);

        @Override
        public void frozen(String instance, String why) {
            log.warn("fleet: instance {} frozen at its current pool sizes, no growth until it rejoins: {}", instance, why);
        }

        @Override
        public void recovered(String instance, String why) {
            log.info("fleet: instance {} rejoined the fleet (was: {})", instance, why);
        }
    };

    void frozen(String instance, String why);

    void recovered(String instance, String why);
}
