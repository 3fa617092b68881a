package com.wedsync.guardian.calendar.ics;

import java.util.Locale;
import java.util.Map;

/** One property as written: name, parameters (names upper-cased) and the raw value. */
record IcsProperty(String name, Map<String, String> params, String value, int line) {

    String param(String key) {
        return params.get(key.toUpperCase(Locale.ROOT));
    }
}
