package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.ratelimit.RateLimitPolicy;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.SchemaAssertions;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Substitution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: routes, escalation, inhibit, rate limits and limits, declared once. */
class AlertSchemaTest {

    private static final Section ALERTS = Section.of("alerts", "the pipeline's part", AlertSchema.MEMBERS);

    @Test
    void everySettingHasItsDocAndADefaultWithinItsBounds() {
        SchemaAssertions.assertWellDeclared(ALERTS);
    }

    @Test
    void aNestedRouteIsReadWithTheKeysOfARouteAndItsProblemsCarryTheirPath() {
        Problems problems = new Problems();
        ConfigReader alerts = ConfigReader.of(Map.of(
                "routes", Map.of("receivers", List.of("a"), "routes", List.of(
                        Map.of("match", List.of("severity=\"critical\""), "receivers", List.of("b"), "continue", true,
                                "routes", List.of(Map.of("match", List.of("pool=~((a"), "receivers", List.of("a"), "colour", 1)))))),
                ALERTS, problems, Substitution.NONE);

        assertThat(AlertSchema.pipeline(alerts, "eu-1", List.of("a", "b"), RateLimitPolicy.builder())).isPresent();
        assertThat(problems.lines()).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("routes.routes[0].routes[0].match[0]: "))
                .contains("routes.routes[0].routes[0].colour: unknown key (known keys: continue, escalation, groupBy,"
                        + " groupInterval, groupWait, match, receivers, repeatInterval, routes)");
    }

    @Test
    void anEscalationLevelNeedsItsDelayAndChannels() {
        Problems problems = new Problems();
        ConfigReader alerts = ConfigReader.of(Map.of("escalation", List.of(Map.of("name", "wedding-day",
                "levels", List.of(Map.of("executive", true))))), ALERTS, problems, Substitution.NONE);
        AlertSchema.pipeline(alerts, "eu-1", List.of("a"), RateLimitPolicy.builder());

        assertThat(problems.lines()).contains("escalation[0].levels[0].after: is required",
                "escalation[0].levels[0].channels: needs at least one entry");
    }
}
