package com.wedsync.guardian.app.api;

import com.wedsync.guardian.wedding.Wedding;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One wedding: UTC instants, the venue's zone and its local times, and how big. */
public record WeddingDoc(String id, String title, Instant start, Instant end, String zone, String localStart,
                         String localEnd, boolean allDay, int guests, int vendors, String venue) {

    public static WeddingDoc of(Wedding w) {
        return new WeddingDoc(w.id(), w.title(), w.start(), w.end(), w.zone().getId(),
                w.localStart().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                w.localEnd().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), w.allDay(), w.guests(), w.vendors(),
                w.venue());
    }

    public static List<WeddingDoc> all(List<Wedding> weddings) {
        return weddings.stream().map(WeddingDoc::of).toList();
    }
}
