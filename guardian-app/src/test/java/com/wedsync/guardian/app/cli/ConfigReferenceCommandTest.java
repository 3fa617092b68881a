package com.wedsync.guardian.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.app.config.GuardianSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: {@code guardian config reference} prints the reference the README holds, or Spring Boot's metadata. */
class ConfigReferenceCommandTest {

    @Test
    void printsTheReferenceRenderedFromTheSchema() {
        CliRun run = CliRun.of("config", "reference");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(GuardianSchema.reference()).contains("| `alerts.channels[].type` |");
    }

    @Test
    void printsSpringBootsMetadataAndRefusesAnUnknownFormat() throws Exception {
        CliRun spring = CliRun.of("config", "reference", "--format", "spring");
        CliRun bad = CliRun.of("config", "reference", "--format", "yaml");

        assertThat(spring.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(spring.out()).get("properties").size()).isGreaterThan(90);
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--format must be markdown or spring, but was 'yaml'").doesNotContain("\tat ");
    }
}
