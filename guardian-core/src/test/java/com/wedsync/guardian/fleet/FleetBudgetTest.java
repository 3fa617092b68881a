package com.wedsync.guardian.fleet;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class FleetBudgetTest {

    @Test
    void usableCountsOnlyConnectionsThatBelongToNoRegisteredPoolAsOutside() {
        FleetBudget b = new FleetBudget("main", 100, 3, 5, 74, 60);

        assertThat(b.outside()).isEqualTo(14);
        assertThat(b.usable()).isEqualTo(78);
        assertThat(b.arithmetic()).isEqualTo("usable 78 = max_connections 100 - reserved 3 - margin 5 - outside clients 14"
                + " (server 74 - fleet's own 60)");
    }

    @Test
    void outsideClientsCountAtTheirPeakWithinTheHoldSoThatWhatABurstLeftIsNotGivenAway() {
        // 25 outside a minute ago (a report's five connections), 21 now: the budget still counts 25
        FleetBudget b = new FleetBudget("main", 100, 3, 5, 70, 49).withPeak(21, 25, 0, Duration.ofMinutes(5));

        assertThat(b.outside()).isEqualTo(21);
        assertThat(b.outsideCounted()).isEqualTo(25);
        assertThat(b.usable()).isEqualTo(67);
        assertThat(b.arithmetic()).isEqualTo("usable 67 = max_connections 100 - reserved 3 - margin 5 - outside clients 25"
                + " (their most in the last 5m; now 21 = server 70 - fleet's own 49)");
    }

    @Test
    void aNewPeakOfOutsideClientsReplacesTheKeptOne() {
        FleetBudget b = new FleetBudget("main", 100, 3, 5, 80, 49).withPeak(31, 25, 0, Duration.ofMinutes(5));

        assertThat(b.outsidePeak()).isEqualTo(31);
        assertThat(b.usable()).isEqualTo(61);
        assertThat(b.arithmetic()).endsWith("outside clients 31 (server 80 - fleet's own 49)");
    }

    @Test
    void connectionsAPoolMayHoldUnderItsReservationOrADepartedInstanceReportedAreNotAPeak() {
        // the pools reported 50 open, but hold reservations of 60: a pool that just grew opened 10 before reporting them
        assertThat(FleetBudget.unaccounted(60, 60, 0)).isZero();
        assertThat(FleetBudget.unaccounted(66, 60, 0)).isEqualTo(6);
        // a departed instance's pools last reported 10 open: they count while open, and are nobody's peak
        assertThat(FleetBudget.unaccounted(70, 60, 10)).isZero();
    }

    @Test
    void aDepartedInstancesConnectionsCountWhileOpenButAreNotHeldOnceClosed() {
        // 20 outside now: 10 are what a dead instance's pool last reported open, 10 are other clients
        FleetBudget open = new FleetBudget("main", 100, 3, 5, 69, 49)
                .withPeak(FleetBudget.unaccounted(69, 49, 10), 10, 10, Duration.ofMinutes(5));
        assertThat(open.outsideCounted()).isEqualTo(20);
        assertThat(open.outsidePeak()).isEqualTo(10);
        assertThat(open.arithmetic()).endsWith("outside clients 20 (server 69 - fleet's own 49, up to 10 of them departed"
                + " instances' until they close)");

        // they closed: the peak kept is the others' (10), so the dead instance's 10 return at once
        FleetBudget closed = new FleetBudget("main", 100, 3, 5, 59, 49)
                .withPeak(FleetBudget.unaccounted(59, 49, 10), open.outsidePeak(), 10, Duration.ofMinutes(5));
        assertThat(closed.outsideCounted()).isEqualTo(10);
        assertThat(closed.usable()).isEqualTo(82);
    }

    @Test
    void aBudgetEatenByOutsideClientsIsZeroNotNegative() {
        assertThat(new FleetBudget("main", 20, 3, 5, 40, 0).usable()).isZero();
    }

    @Test
    void aReservationNeverGrowsPastWhatTheOthersLeaveNorShrinksBelowWhatThePoolHas() {
        assertThat(ReservationRule.next(10, 16, 92, 80)).isEqualTo(12);   // only 12 free
        assertThat(ReservationRule.next(10, 16, 92, 50)).isEqualTo(16);   // the share
        assertThat(ReservationRule.next(17, 15, 92, 80)).isEqualTo(17);   // holds what it has until it shrinks
        assertThat(ReservationRule.next(10, 16, 92, 90)).isEqualTo(10);   // nothing free: no growth
    }
}
