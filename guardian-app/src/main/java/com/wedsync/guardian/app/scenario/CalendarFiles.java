package com.wedsync.guardian.app.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.wedding.Wedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the calendar SOURCE of the forecast and scenario commands: {@code generated[:SEED]} for the
 * generated season, or a JSON file of weddings ({@code [{"id","start","end","zone","guests","vendors",...}]}
 * or {@code {"weddings": [...]}}). Bad input fails with the file, the entry and the field named.
 */
public final class CalendarFiles {

    private CalendarFiles() {
    }

    /** The weddings of {@code source}; a generated season covers [from − 20 weeks, to + 6 weeks). */
    public static List<Wedding> read(String source, LocalDate from, LocalDate to) {
        if (source.equals(SyntheticSeason.PREFIX) || source.startsWith(SyntheticSeason.PREFIX + ":")) {
            return SyntheticSeason.generate(seed(source), from.minusWeeks(20), to.plusWeeks(6));
        }
        Path p = Path.of(source);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("calendar " + source + ": no such file (use a JSON file of weddings or generated[:SEED])");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(p.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("calendar " + source + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("calendar " + source + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode list = root.isArray() ? root : root.path("weddings");
        if (!list.isArray()) {
            throw new IllegalArgumentException("calendar " + source + ": expected an array of weddings or {\"weddings\": [...]}");
        }
        List<Wedding> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(wedding(source, i, list.get(i)));
        }
        return out;
    }

    /** The seed of {@code generated:SEED}; 42 without one. */
    public static long seed(String source) {
        int colon = source.indexOf(':');
        if (colon < 0) {
            return 42;
        }
        try {
            return Long.parseLong(source.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("calendar " + source + ": the seed after generated: must be a number");
        }
    }

    private static Wedding wedding(String source, int i, JsonNode n) {
        String where = "calendar " + source + ", wedding " + i + ": ";
        try {
            Instant start = Instant.parse(text(n, "start", where));
            Instant end = Instant.parse(text(n, "end", where));
            ZoneId zone = ZoneId.of(text(n, "zone", where));
            String id = n.path("id").asText("wedding-" + i);
            return new Wedding(id, n.path("title").asText(""), start, end, zone, n.path("allDay").asBoolean(false),
                    n.path("guests").asInt(0), n.path("vendors").asInt(0), n.path("venue").asText(""), source);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(where) ? e.getMessage() : where + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + field + " is required");
        }
        return v.asText();
    }
}
