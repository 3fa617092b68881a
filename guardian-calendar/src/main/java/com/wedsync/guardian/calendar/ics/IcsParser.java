package com.wedsync.guardian.calendar.ics;

import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs ical4j's parser (unfolding, escaping of parameters, syntax errors with line numbers) and keeps
 * the components as written. Building ical4j's own model would resolve every TZID through its old
 * alias table and fail whole feeds on one bad value; we interpret values ourselves instead.
 * Components completed before a syntax error are kept.
 */
final class IcsParser {

    /**
     * The only properties the guardian reads. The rest (DTSTAMP, ATTENDEE lists, alarms' text...) is
     * dropped as it is parsed: a large feed's live size is mostly properties nobody looks at.
     */
    private static final Set<String> KEPT = Set.of("UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "DTSTART",
            "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "X-WEDSYNC-GUESTS", "X-WEDSYNC-VENDORS",
            "TZID", "X-LIC-LOCATION", "TZOFFSETFROM", "TZOFFSETTO", "X-WR-TIMEZONE");
    private static final Map<String, String> NAMES = new HashMap<>();
    /**
     * Real calendars nest three deep (VCALENDAR, VTIMEZONE, STANDARD); ical4j parses nesting by recursion, so
     * 50,000 nested components would overflow the stack. Deeper than this is refused while reading.
     */
    static final int MAX_DEPTH = 16;

    static {
        KEPT.forEach(n -> NAMES.put(n, n));
    }

    /** The top-level components found, and the syntax error that stopped the parse, if any. */
    record Result(List<IcsComponent> calendars, String error, int errorLine) {
    }

    /** Parses {@code text}; {@code lineOffset} corrects line numbers when the text was wrapped. */
    Result parse(String text, int lineOffset) {
        LineCountingReader counting = new LineCountingReader(new StringReader(text));
        Handler handler = new Handler(counting, beginLines(text, lineOffset));
        try {
            // Relaxed unfolding: Outlook folds with a bare LF or with tabs.
            new CalendarParserImpl().parse(new UnfoldingReader(counting, true), handler);
            return new Result(handler.roots, null, 0);
        } catch (ParserException e) {
            int line = Math.max(1, (e.getLineNo() > 0 ? e.getLineNo() : counting.line()) + lineOffset);
            return new Result(handler.salvage(), describe(e), line);
        } catch (IOException | RuntimeException e) {
            return new Result(handler.salvage(), "cannot read the calendar: " + e.getMessage(), counting.line());
        } catch (StackOverflowError e) {
            // The depth limit should stop this first; if a deep path remains in ical4j, it is still a problem, not a crash.
            return new Result(handler.salvage(), "components nested too deeply to read", counting.line());
        }
    }

    /**
     * The physical line of every "BEGIN:NAME", in order per name: ical4j reports components in the
     * same order, so the k-th VEVENT it starts is on the k-th "BEGIN:VEVENT" line. Exact, unlike
     * counting what the unfolding reader has consumed.
     */
    private static Map<String, List<Integer>> beginLines(String text, int lineOffset) {
        Map<String, List<Integer>> out = new HashMap<>();
        int line = 1;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (text.regionMatches(true, start, "BEGIN:", 0, 6)) {
                String name = text.substring(start + 6, end).trim().toUpperCase(Locale.ROOT);
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(line + lineOffset);
            }
            line++;
            start = end + 1;
        }
        return out;
    }

    private static String describe(ParserException e) {
        String m = e.getMessage() == null ? "syntax error" : e.getMessage();
        Throwable c = e.getCause();
        if (c != null && c.getMessage() != null && !m.contains(c.getMessage())) {
            m = m + " (" + c.getMessage() + ")";
        }
        // ical4j prefixes "Error at line N:"; we report the line separately, and its token numbers
        // ("Expected [-3], read [59]") mean nothing to a reader, so say what kind of error it is.
        m = m.replaceFirst("^Error at line \\d+:\\s*", "");
        return "not valid iCalendar here (" + m + ")";
    }

    private static final class Handler implements ContentHandler {
        private final LineCountingReader lines;
        private final Map<String, List<Integer>> beginLines;
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<IcsComponent> roots = new ArrayList<>();
        private final Deque<IcsComponent> open = new ArrayDeque<>();
        private String propertyName;
        private int propertyLine;
        private Map<String, String> params;
        private String value;

        Handler(LineCountingReader lines, Map<String, List<Integer>> beginLines) {
            this.lines = lines;
            this.beginLines = beginLines;
        }

        private int lineOf(String name) {
            String key = name.toUpperCase(Locale.ROOT);
            int k = seen.merge(key, 1, Integer::sum) - 1;
            List<Integer> known = beginLines.get(key);
            return known != null && k < known.size() ? known.get(k) : lines.line();
        }

        /** After a syntax error: the calendars completed, plus the open one with the components it finished. */
        List<IcsComponent> salvage() {
            List<IcsComponent> out = new ArrayList<>(roots);
            if (!open.isEmpty()) {
                out.add(open.peekLast());
            }
            return out;
        }

        @Override
        public void startCalendar() {
            open.push(new IcsComponent("VCALENDAR", lineOf("VCALENDAR")));
        }

        @Override
        public void endCalendar() {
            IcsComponent cal = open.isEmpty() ? null : open.pop();
            if (cal != null) {
                roots.add(cal);
            }
            open.clear();
        }

        @Override
        public void startComponent(String name) {
            if (open.size() >= MAX_DEPTH) {
                throw new TooDeep(lines.line());
            }
            open.push(new IcsComponent(name, lineOf(name)));
        }

        @Override
        public void endComponent(String name) {
            if (open.size() < 2) {
                return;
            }
            IcsComponent done = open.pop();
            open.peek().children.add(done);
        }

        @Override
        public void startProperty(String name) {
            // One shared String per kept name instead of one per property; null marks a dropped one.
            propertyName = NAMES.get(name.toUpperCase(Locale.ROOT));
            propertyLine = lines.line();
            params = propertyName == null ? null : new LinkedHashMap<>(4);
            value = "";
        }

        @Override
        public void propertyValue(String v) {
            value = v == null ? "" : v;
        }

        @Override
        public void parameter(String name, String v) {
            if (params != null) {
                String key = name.toUpperCase(Locale.ROOT);
                if (key.equals("TZID") || key.equals("VALUE") || key.equals("RANGE")) {
                    params.put(key, v == null ? "" : v);
                }
            }
        }

        @Override
        public void endProperty(String name) {
            if (!open.isEmpty() && propertyName != null) {
                open.peek().properties.add(new IcsProperty(propertyName,
                        params.isEmpty() ? Map.of() : Map.copyOf(params), value, propertyLine));
            }
            propertyName = null;
        }
    }

    /** Components nested deeper than {@link #MAX_DEPTH}: the parse stops here. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep(int line) {
            super("components nested deeper than " + MAX_DEPTH + " levels (line " + line + "); the rest is not read",
                    null, false, false);
        }
    }

    /** Counts the physical lines read so far, so components and problems can name theirs. */
    static final class LineCountingReader extends FilterReader {
        private int newlines;

        LineCountingReader(Reader in) {
            super(in);
        }

        /** The physical line number of the last character read (1-based). */
        int line() {
            return newlines + 1;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '\n') {
                newlines++;
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + Math.max(n, 0); i++) {
                if (buf[i] == '\n') {
                    newlines++;
                }
            }
            return n;
        }
    }
}
