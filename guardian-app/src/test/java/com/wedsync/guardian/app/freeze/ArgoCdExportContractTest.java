package com.wedsync.guardian.app.freeze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.wedsync.guardian.freeze.CronSchedule;
import com.wedsync.guardian.freeze.FreezePolicy;
import com.wedsync.guardian.freeze.FreezeSchedule;
import com.wedsync.guardian.freeze.FreezeWindow;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 item 4: the Argo CD export against the syncWindows schema written down from Argo CD's AppProject CRD and
 * user guide (src/test/resources/contracts/argocd-syncwindows.schema.json names its sources).
 */
class ArgoCdExportContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");

    private static JsonSchema schema() throws Exception {
        try (InputStream in = ArgoCdExportContractTest.class.getResourceAsStream("/contracts/argocd-syncwindows.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static Wedding wedding(String id, ZoneId zone, String start, String end) {
        return new Wedding(id, "Wedding " + id, LocalDateTime.parse(start).atZone(zone).toInstant(),
                LocalDateTime.parse(end).atZone(zone).toInstant(), zone, false, 100, 10, "Venue, \"" + id + "\"", "test");
    }

    @Test
    void theExportOfWeddingsSaturdaysAndWindowsMatchesTheSyncWindowsSchema() throws Exception {
        WeddingCalendar cal = WeddingCalendar.of(List.of(
                wedding("ny", NEW_YORK, "2026-06-12T17:00", "2026-06-13T01:30"),
                wedding("c", CHATHAM, "2026-06-13T14:00", "2026-06-13T20:00")));
        FreezeSchedule schedule = new FreezeSchedule(ContextPolicy.builder().homeZone(ZoneId.of("Europe/London")).build(),
                FreezePolicy.builder().window(new FreezeWindow(FreezeWindow.Kind.ALLOW, CronSchedule.parse("0 6 * * 1-5"),
                        Duration.ofHours(10), ZoneId.of("Asia/Kolkata"))).build());

        String yaml = FreezeExport.ARGOCD.render(schedule.between(cal, Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-06-30T00:00:00Z")), Instant.EPOCH);
        JsonNode doc = YAML.readTree(yaml);

        Set<ValidationMessage> problems = schema().validate(doc);
        assertThat(problems).as(yaml).isEmpty();
        JsonNode windows = doc.get("spec").get("syncWindows");
        assertThat(windows).extracting(w -> w.get("timeZone").asText())
                .contains("America/New_York", "Pacific/Chatham", "Europe/London", "Asia/Kolkata");
        // The New York wedding runs past venue midnight: its freeze lasts until the wedding ends, 01:30 local.
        assertThat(windows).anySatisfy(w -> {
            assertThat(w.get("timeZone").asText()).isEqualTo("America/New_York");
            assertThat(w.get("schedule").asText()).isEqualTo("0 0 12 6 *");
            assertThat(w.get("duration").asText()).isEqualTo("25h30m");
        });
    }

    @Test
    void theSchemaRefusesWhatArgoCdWouldNotRead() throws Exception {
        JsonNode bad = YAML.readTree("""
                spec:
                  syncWindows:
                  - {kind: block, schedule: "0 8 * *", duration: 2 hours, timezone: UTC}
                """);

        assertThat(schema().validate(bad)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("kind")).anyMatch(m -> m.contains("schedule"))
                .anyMatch(m -> m.contains("duration")).anyMatch(m -> m.contains("timezone"));
    }
}
