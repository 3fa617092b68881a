package com.wedsync.guardian.notify.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimLeaseTest {

    @Test
    void anOwnerIdSaysWhichInstanceClaimedAndIsUniquePerDispatcher() {
        ClaimLease a = ClaimLease.unique("eu-1", Duration.ofMinutes(5));
        ClaimLease b = ClaimLease.unique("eu-1", Duration.ofMinutes(5));
        assertThat(a.owner()).startsWith("eu-1-" + ProcessHandle.current().pid() + "-");
        assertThat(a.owner()).isNotEqualTo(b.owner());
        assertThat(ClaimLease.unique(" ", Duration.ofSeconds(30)).owner()).startsWith("guardian-");
    }

    @Test
    void aLeaseOutsideOneSecondToOneHourIsRefusedByName() {
        assertThatThrownBy(() -> ClaimLease.unique("eu-1", Duration.ofMillis(500)))
                .hasMessage("length must be between 1s and 1h, but was 500ms");
        assertThatThrownBy(() -> new ClaimLease("", Duration.ofMinutes(1))).hasMessageStartingWith("owner must be 1 to 200 characters");
    }
}
