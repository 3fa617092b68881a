package com.wedsync.guardian.app.freeze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.wedsync.guardian.freeze.FreezeWindow;
import com.wedsync.guardian.freeze.ScheduledFreeze;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders scheduled freezes for the tools that pull them (docs/deploy-freezes.md): an Argo CD AppProject
 * {@code spec.syncWindows} patch, the bodies for GitLab's freeze-periods API, an ICS calendar.
 */
public enum FreezeExport {
    ARGOCD, GITLAB, ICS;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Parses {@code argocd|gitlab|ics}, naming the bad value otherwise. */
    public static FreezeExport parse(String s) {
        for (FreezeExport f : values()) {
            if (s != null && f.name().equalsIgnoreCase(s.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("--format must be one of argocd, gitlab, ics, but was '" + s + "'");
    }

    public String render(List<ScheduledFreeze> freezes, Instant stamp) {
        try {
            return switch (this) {
                case ARGOCD -> YAML.writeValueAsString(Map.of("spec", Map.of("syncWindows", argoWindows(freezes))));
                case GITLAB -> JSON.writeValueAsString(gitLabBodies(freezes)) + "\n";
                case ICS -> FreezeCalendar.render(freezes, stamp);
            };
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the " + this + " export", e);
        }
    }

    public String contentType() {
        return switch (this) {
            case ARGOCD -> "application/yaml; charset=utf-8";
            case GITLAB -> "application/json; charset=utf-8";
            case ICS -> "text/calendar; charset=utf-8";
        };
    }

    /** Argo CD sync windows: kind, schedule, duration (Go style, 26h15m), timeZone, every application. */
    static List<Map<String, Object>> argoWindows(List<ScheduledFreeze> freezes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ScheduledFreeze f : freezes) {
            if (f.occurrences().isEmpty()) {
                continue;
            }
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
            w.put("schedule", f.schedule());
            w.put("duration", goDuration(f.duration()));
            w.put("timeZone", f.zone().getId());
            w.put("applications", List.of("*"));
            w.put("description", f.reason());
            out.add(w);
        }
        return out;
    }

    /** One GitLab freeze period per occurrence of a deny window: start and end as crons in the window's zone. */
    static List<Map<String, Object>> gitLabBodies(List<ScheduledFreeze> freezes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ScheduledFreeze f : freezes) {
            if (f.kind() != FreezeWindow.Kind.DENY) {
                continue;
            }
            for (ZonedDateTime start : f.occurrences()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("freeze_start", ScheduledFreeze.cronOf(start));
                body.put("freeze_end", ScheduledFreeze.cronOf(start.plus(f.duration())));
                body.put("cron_timezone", f.zone().getId());
                out.add(body);
            }
        }
        return out;
    }

    static String goDuration(Duration d) {
        long minutes = d.toMinutes();
        return minutes / 60 + "h" + minutes % 60 + "m";
    }
}
