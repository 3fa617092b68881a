package com.wedsync.guardian.calendar;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.SchemaAssertions;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Substitution;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: {@code calendars[]} declared once; the builder's defaults and bounds are the declaration's. */
class CalendarSchemaTest {

    private static final Section ROOT = Section.of("", "root", CalendarSchema.CALENDARS);

    @Test
    void everySettingHasItsDocAndADefaultWithinItsBounds() {
        SchemaAssertions.assertWellDeclared(ROOT);
        CalendarSourceConfig d = CalendarSourceConfig.builder("uk", SourceType.ICS, "https://example.org/x.ics").build();
        assertThat(d.pollInterval()).isEqualTo(CalendarSchema.POLL_INTERVAL.defaultValue());
        assertThat(d.maxWeddings()).isEqualTo(CalendarSchema.MAX_WEDDINGS.defaultValue());
    }

    @Test
    void sourcesAreReadAndEachProblemCarriesItsPath() {
        Problems problems = new Problems();
        ConfigReader root = ConfigReader.of(Map.of("calendars", List.of(
                Map.of("name", "google", "url", "https://calendar.example/basic.ics", "pollInterval", "10m"),
                Map.of("name", "google", "path", "/srv/x.csv", "titleFilter", "(", "colour", "red"))),
                ROOT, problems, Substitution.NONE);

        List<CalendarSourceConfig> sources = CalendarSchema.sources(root.entries(CalendarSchema.CALENDARS));

        assertThat(sources).first().satisfies(s -> assertThat(s.pollInterval()).isEqualTo(Duration.ofMinutes(10)));
        assertThat(problems.lines()).anySatisfy(p -> assertThat(p).startsWith("calendars[1].titleFilter: must be a regular expression, but was '('"))
                .contains("calendars[1].name: duplicate calendar name 'google'")
                .anySatisfy(p -> assertThat(p).startsWith("calendars[1].colour: unknown key"));
    }
}
