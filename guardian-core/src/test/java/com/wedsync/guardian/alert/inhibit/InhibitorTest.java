package com.wedsync.guardian.alert.inhibit;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.route.LabelMatcher;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InhibitorTest {

    private final Inhibitor inhibitor = new Inhibitor(InhibitRule.defaults());

    @Test
    void aPoolThatIsDownInhibitsItsOwnSymptomsButNotAnotherPoolsNorItsLeak() {
        Alert down = alert("orders", "pool_down", "critical", 4, T0);
        Alert saturation = alert("orders", "saturation", "critical", 4, T0);
        Alert timeouts = alert("orders", "timeouts", "critical", 4, T0);
        Alert leak = alert("orders", "suspected_leak", "warning", 4, T0);
        Alert otherPool = alert("billing", "saturation", "critical", 4, T0);

        assertThat(inhibitor.inhibited(List.of(down, saturation, timeouts, leak, otherPool)))
                .containsExactlyInAnyOrder(saturation.fingerprint(), timeouts.fingerprint());
    }

    @Test
    void withoutAFiringSourceNothingIsInhibited() {
        assertThat(inhibitor.inhibited(List.of(alert("orders", "saturation", "critical", 4, T0)))).isEmpty();
    }

    @Test
    void anAlertMatchingSourceAndTargetNeverInhibitsItself() {
        Inhibitor criticalMutesWarnings = new Inhibitor(List.of(InhibitRule.builder()
                .source(LabelMatcher.parse("severity=~critical|warning"))
                .target(LabelMatcher.parse("severity=~critical|warning"))
                .equal("pool").build()));
        Alert alone = alert("orders", "saturation", "critical", 4, T0);
        Alert second = alert("orders", "timeouts", "warning", 4, T0);

        assertThat(criticalMutesWarnings.inhibited(List.of(alone))).isEmpty();
        assertThat(criticalMutesWarnings.inhibited(List.of(alone, second)))
                .containsExactlyInAnyOrder(alone.fingerprint(), second.fingerprint());
    }

    @Test
    void aRuleNeedsSourceAndTarget() {
        assertThatThrownBy(() -> InhibitRule.builder().target(LabelMatcher.parse("a=b")).build())
                .hasMessage("source must hold at least one matcher, but was []");
    }
}
