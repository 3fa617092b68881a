package com.wedsync.guardian.scaling;

/**
 * Why a change is wanted: the whole reason for the audit log and the log, and its gist for a console line.
 *
 * @param reason how it came about, in full
 * @param gist   what a person needs at a glance
 */
record Why(String reason, String gist) {

    static Why of(String reason) {
        return new Why(reason, reason);
    }

    static Why of(Plan plan) {
        return new Why(plan.reason(), plan.gist());
    }
}
