package com.wedsync.guardian.calendar.ics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A component (VCALENDAR, VEVENT, VTIMEZONE...) as written, with the line it starts on. */
final class IcsComponent {

    final String name;
    final int line;
    final List<IcsProperty> properties = new ArrayList<>();
    final List<IcsComponent> children = new ArrayList<>();

    IcsComponent(String name, int line) {
        this.name = name.toUpperCase(Locale.ROOT);
        this.line = line;
    }

    IcsProperty first(String propertyName) {
        for (IcsProperty p : properties) {
            if (p.name().equals(propertyName)) {
                return p;
            }
        }
        return null;
    }

    String value(String propertyName) {
        IcsProperty p = first(propertyName);
        return p == null ? null : p.value();
    }

    List<IcsProperty> all(String propertyName) {
        List<IcsProperty> out = new ArrayList<>();
        for (IcsProperty p : properties) {
            if (p.name().equals(propertyName)) {
                out.add(p);
            }
        }
        return out;
    }
}
