package com.wedsync.guardian.jdbc.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.wedsync.guardian.alert.Notification;

/** A notification as the JSON stored in the outbox row: the whole record, so a restart can send it unchanged. */
public final class NotificationCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // a newer guardian may add fields; an older one reading its rows must still send them
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private NotificationCodec() {
    }

    public static String write(Notification n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification " + n.id() + " could not be stored as JSON", e);
        }
    }

    public static Notification read(String json, String id) {
        try {
            return MAPPER.readValue(json, Notification.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox row " + id + " holds unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
