package com.wedsync.guardian.app.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 1: the README's reference of every setting is rendered from the schema, so the two cannot drift.
 * Run with {@code -Dguardian.updateReadme=true} to write the rendered reference into the README.
 */
class ReadmeConfigReferenceTest {

    static final String START = "<!-- config-reference:start (rendered from the schema: do not edit by hand) -->\n";
    static final String END = "<!-- config-reference:end -->";
    private static final Path README = Path.of("..", "README.md");
    private static final String FIX = "./mvnw -q -o -pl guardian-app -am test -Dtest=ReadmeConfigReferenceTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dguardian.updateReadme=true"
            + "  (or paste the output of: ./guardian config reference)";

    @Test
    void theReadmesReferenceIsTheOneTheSchemaRenders() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md has the markers %s and %s", START.strip(), END).isNotNegative();
        assertThat(end).as("the end marker follows the start marker").isGreaterThan(start);

        String rendered = GuardianSchema.reference();
        String inReadme = readme.substring(start + START.length(), end);
        if (!inReadme.equals(rendered) && Boolean.getBoolean("guardian.updateReadme")) {
            Files.writeString(README, readme.substring(0, start + START.length()) + rendered + readme.substring(end));
            inReadme = rendered;
        }
        assertThat(inReadme).as("README.md's configuration reference differs from the schema; to render it again run%n  %s",
                FIX).isEqualTo(rendered);
    }

    @Test
    void theReferenceNamesEverySettingWithItsFullPath() {
        assertThat(GuardianSchema.reference()).contains(
                "| `tick` | duration | `1s` | 100ms..1m | how often pools are observed and every stage runs |",
                "| `alerts.channels[].type` |", "| `alerts.channels[type=slack].webhookUrl` |",
                "| `scaling.pools.<name>.priority` | integer | `1` | 1..100 |", "| `freeze.github.maxHold` |",
                "| `health.waitP99Degraded` | duration | `100ms` | 1ms..10m |", "| `alerts.routes.routes[]` |");
    }
}
