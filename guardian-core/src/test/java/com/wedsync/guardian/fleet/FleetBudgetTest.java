package com.wedsync.guardian.fleet;

import org.junit.jupiter.api.Test;

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
