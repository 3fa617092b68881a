package com.wedsync.guardian.calendar.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarProblem;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSource;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.LocalFiles;
import com.wedsync.guardian.calendar.SourceType;
import com.wedsync.guardian.calendar.WeddingLimit;
import com.wedsync.guardian.calendar.ics.IcsText;
import com.wedsync.guardian.calendar.record.WeddingRecords;
import com.wedsync.guardian.wedding.Wedding;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON or CSV export file of the platform's weddings, one record per wedding. */
public final class RecordFileSource implements CalendarSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private final CalendarSourceConfig config;
    private final WeddingRecords records;

    public RecordFileSource(CalendarSourceConfig config) {
        if (config.type() != SourceType.JSON && config.type() != SourceType.CSV) {
            throw new IllegalArgumentException("type must be json or csv for a record file, but was " + config.type());
        }
        this.config = config;
        this.records = new WeddingRecords(config);
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public CalendarLoad load(Instant from, Instant to) throws CalendarReadException {
        String text = LocalFiles.read(config.location(), config.name(), config.maxBytes());
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CalendarProblem> problems = new ArrayList<>();
        List<Wedding> weddings = new ArrayList<>();
        try {
            if (config.type() == SourceType.JSON) {
                readJson(text, from, to, weddings, problems);
            } else {
                readCsv(text, from, to, weddings, problems);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (weddings.isEmpty() && problems.isEmpty()) {
                throw new CalendarReadException("calendar '" + config.name() + "' is not valid "
                        + config.type().name().toLowerCase() + (line > 0 ? " (line " + line + ")" : "") + ": "
                        + e.getOriginalMessage());
            }
            problems.add(new CalendarProblem(config.name(), line, "not valid " + config.type().name().toLowerCase()
                    + " from here on: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new CalendarReadException("calendar '" + config.name() + "': " + e.getMessage());
        }
        // The file's size limit already bounds the records held; the count limit is the same rule as for feeds.
        WeddingLimit.check(config, weddings.size());
        weddings.sort(Comparator.comparing(Wedding::start).thenComparing(Wedding::id));
        return new CalendarLoad(config.name(), weddings, problems, IcsText.fingerprint(text));
    }

    private void readJson(String text, Instant from, Instant to, List<Wedding> out, List<CalendarProblem> problems)
            throws IOException {
        JsonFactory factory = JSON.getFactory();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                // {"weddings": [...]}: move to the array.
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("weddings".equals(field) && value == JsonToken.START_ARRAY) {
                        first = JsonToken.START_ARRAY;
                        break;
                    }
                    p.skipChildren();
                }
            }
            if (first != JsonToken.START_ARRAY) {
                throw new CalendarReadExceptionWrapper("expected an array of weddings, or {\"weddings\": [...]}");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentLocation().getLineNr();
                JsonNode node = JSON.readTree(p);
                Map<String, Object> fields = new LinkedHashMap<>();
                node.fields().forEachRemaining(e -> fields.put(e.getKey(),
                        e.getValue().isNull() ? null : e.getValue().isNumber() ? e.getValue().numberValue()
                                : e.getValue().asText()));
                records.toWedding(fields, line, from, to, problems).ifPresent(out::add);
            }
        }
    }

    private void readCsv(String text, Instant from, Instant to, List<Wedding> out, List<CalendarProblem> problems)
            throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class).with(schema).readValues(text)) {
            while (it.hasNextValue()) {
                // Jackson counts the row's line from the header's end; +1 gives the file's line number.
                int line = it.getParser().currentTokenLocation().getLineNr() + 1;
                Map<String, String> row = it.nextValue();
                records.toWedding(row, line, from, to, problems).ifPresent(out::add);
            }
        }
    }

    /** A structural error in the JSON document, reported like Jackson's own. */
    private static final class CalendarReadExceptionWrapper extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        CalendarReadExceptionWrapper(String message) {
            super(message);
        }
    }
}
