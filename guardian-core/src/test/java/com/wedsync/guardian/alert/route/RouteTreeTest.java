package com.wedsync.guardian.alert.route;

import com.wedsync.guardian.alert.group.GroupingPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTreeTest {

    private static final GroupingPolicy FAST = GroupingPolicy.builder().groupBy("pool").groupWait(Duration.ofSeconds(5))
            .build();

    private final RouteTree tree = new RouteTree(Route.builder()
            .receivers("ops-slack", "team-email")
            .child(Route.builder().match("severity=critical").receivers("oncall").escalation("wedding-day")
                    .continueMatching(true).build())
            .child(Route.builder().match("pool=~orders|checkout").receivers("shop-slack").grouping(FAST)
                    .child(Route.builder().match("condition=pool_down").receivers("shop-pager").build())
                    .build())
            .child(Route.builder().match("condition!~calendar_.*").receivers("everything-else").build())
            .build());

    private List<String> receiversOf(Map<String, String> labels) {
        return tree.match(labels).stream().map(r -> r.receivers().get(0)).toList();
    }

    @Test
    void continueLetsACriticalAlertReachThePagerAndTheTeamRoute() {
        assertThat(receiversOf(Map.of("severity", "critical", "pool", "orders", "condition", "saturation")))
                .containsExactly("oncall", "shop-slack");
    }

    @Test
    void withoutContinueTheFirstMatchingChildTakesTheAlert() {
        assertThat(receiversOf(Map.of("severity", "warning", "pool", "orders", "condition", "saturation")))
                .containsExactly("shop-slack");
        assertThat(receiversOf(Map.of("severity", "warning", "pool", "billing", "condition", "saturation")))
                .containsExactly("everything-else");
    }

    @Test
    void theDeepestMatchingChildTakesTheAlertAndInheritsWhatItLeftUnset() {
        List<RouteMatch> m = tree.match(Map.of("severity", "warning", "pool", "checkout", "condition", "pool_down"));

        assertThat(m).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("0.1.0");
            assertThat(r.receivers()).containsExactly("shop-pager");
            assertThat(r.grouping()).isSameAs(FAST);
        });
    }

    @Test
    void theRootTakesWhatNoChildTakesWithItsFailoverOrder() {
        List<RouteMatch> m = tree.match(Map.of("severity", "info", "pool", "calendar", "condition", "calendar_stale"));

        assertThat(m).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("0");
            assertThat(r.receivers()).containsExactly("ops-slack", "team-email");
            assertThat(r.escalation()).isEmpty();
        });
        assertThat(tree.match(Map.of("severity", "critical", "condition", "calendar_stale")))
                .extracting(RouteMatch::escalation).containsExactly("wedding-day");
    }

    @Test
    void regularExpressionsAreAnchoredAndAMissingLabelReadsAsEmpty() {
        assertThat(receiversOf(Map.of("pool", "orders-replica", "condition", "calendar_stale")))
                .containsExactly("ops-slack");
        assertThat(LabelMatcher.parse("team=").matches(Map.of())).isTrue();
        assertThat(LabelMatcher.parse("team!=\"\"").matches(Map.of("team", "shop"))).isTrue();
    }

    @Test
    void matchersParseAllFourOperatorsAndRejectNonsenseNamingIt() {
        assertThat(LabelMatcher.parse("severity=~\"critical|warning\"")).satisfies(m -> {
            assertThat(m.op()).isEqualTo(LabelMatcher.Op.REGEX);
            assertThat(m.value()).isEqualTo("critical|warning");
        });
        assertThat(LabelMatcher.parse("pool!~test.*").op()).isEqualTo(LabelMatcher.Op.NOT_REGEX);
        assertThat(LabelMatcher.parse("pool != test").value()).isEqualTo("test");
        assertThatThrownBy(() -> LabelMatcher.parse("severity critical"))
                .hasMessageContaining("but was \"severity critical\"");
        assertThatThrownBy(() -> LabelMatcher.parse("pool=~(unclosed"))
                .hasMessageContaining("pool=~(unclosed").hasMessageContaining("not a valid regular expression");
    }

    @Test
    void theRootMustNameReceivers() {
        assertThatThrownBy(() -> new RouteTree(Route.builder().build()))
                .hasMessageContaining("root route must name receivers");
        assertThatThrownBy(() -> Route.builder().receivers("a", "a"))
                .hasMessageContaining("a appears twice");
    }
}
