package com.wedsync.guardian.calendar.ics;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.SourceType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3, "Bad input": every real file in ../shared/corpus/ics yields events or clear problems, and none throws. */
class CorpusTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "ics");

    @TestFactory
    Stream<DynamicTest> everyCorpusFileYieldsEventsOrProblemsAndNeverThrows() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared absent: skipping the ICS corpus test");
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".ics")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        // A window wide enough to hold the corpus's old test events, as a bounded expansion.
        Instant from = Instant.parse("1995-01-01T00:00:00Z");
        Instant to = Instant.parse("2031-01-01T00:00:00Z");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            CalendarSourceConfig config = CalendarSourceConfig.builder(f.getFileName().toString(), SourceType.ICS,
                    f.toString()).build();
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            try {
                CalendarLoad load = new IcsReader(config).read(text, from, to);
                System.out.printf("%-70s %4d weddings %2d problems%n", f.getFileName(), load.weddings().size(),
                        load.problems().size());
                load.problems().forEach(p -> System.out.println("    " + p));
                if (text.contains("BEGIN:VEVENT")) {
                    assertThat(load.weddings().isEmpty() && load.problems().isEmpty())
                            .as("%s has events but yields neither weddings nor problems", f.getFileName())
                            .isFalse();
                }
                load.problems().forEach(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception"));
            } catch (CalendarReadException e) {
                System.out.printf("%-70s unreadable: %s%n", f.getFileName(), e.getMessage());
                assertThat(e.getMessage()).contains(f.getFileName().toString());
            }
        }));
    }
}
