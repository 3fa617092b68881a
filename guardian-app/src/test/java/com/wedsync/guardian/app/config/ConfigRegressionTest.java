package com.wedsync.guardian.app.config;

import org.junit.jupiter.api.Test;

import static com.wedsync.guardian.app.config.ConfigFuzzTest.readsWithinABound;

/** Inputs {@link ConfigFuzzTest} found to throw something other than the config's problems (issue 10, item 10). */
class ConfigRegressionTest {

    @Test
    void anEmptyReceiverName() throws Exception {
        readsWithinABound("alerts: {routes: {receivers: ['']}}");
    }

    @Test
    void anEmptyGroupByLabel() throws Exception {
        readsWithinABound("alerts: {routes: {groupBy: ['']}}");
    }

    @Test
    void aMappingWhereAListOfZonesBelongs() throws Exception {
        readsWithinABound("weddings: {homeZones: {a: Europe/London}}");
    }

    @Test
    void aBlankCalendarLocation() throws Exception {
        readsWithinABound("calendars: [{name: google, url: ''}, {name: outlook, url: '${UNSET_FUZZ_VAR}'}]");
    }

    @Test
    void aBlankInstance() throws Exception {
        readsWithinABound("instance: ''");
    }

    @Test
    void aChannelWithABlankNameAndABrokenRoute() throws Exception {
        readsWithinABound("alerts: {channels: [{name: '', type: log}], routes: {receivers: [a, a]}}");
    }
}
