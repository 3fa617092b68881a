package com.wedsync.guardian.config;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The schema as Spring Boot's {@code META-INF/spring-configuration-metadata.json}: a group per section, a
 * property per setting ({@code guardian.health.wait-p99-degraded}: its Java type, its doc, its default), a
 * list of entries or a mapping of named sections as one property whose description names the keys of an
 * entry, and the values of an enumeration as hints.
 */
public final class SpringMetadata {

    private SpringMetadata() {
    }

    /** The metadata JSON of {@code root} under {@code prefix} ({@code guardian}). */
    public static String json(String prefix, Section root) {
        List<String> groups = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        groups.add(object("name", prefix, "description", root.doc()));
        for (Member m : root.members()) {
            walk(m, prefix, groups, properties, hints);
        }
        return "{\n  \"groups\": " + array(groups) + ",\n  \"properties\": " + array(properties)
                + ",\n  \"hints\": " + array(hints) + "\n}\n";
    }

    private static void walk(Member member, String prefix, List<String> groups, List<String> properties, List<String> hints) {
        String name = prefix + "." + Keys.kebab(member.key());
        if (member instanceof Setting<?> s) {
            properties.add(property(name, s.type().javaType(), s.doc(), s.defaultText().isEmpty() || s.defaultValue() == null
                    ? null : s.defaultText()));
            if (!s.type().values().isEmpty()) {
                List<String> values = new ArrayList<>();
                s.type().values().forEach(v -> values.add(object("value", v)));
                hints.add("{\"name\": " + quote(name) + ", \"values\": " + inline(values) + "}");
            }
        } else if (member instanceof Section s) {
            groups.add(object("name", name, "description", s.doc()));
            s.members().forEach(m -> walk(m, name, groups, properties, hints));
        } else if (member instanceof Entries e) {
            properties.add(property(name, "java.util.List<java.util.Map<java.lang.String,java.lang.Object>>",
                    e.doc() + ". Each entry: " + (e.recursive() ? "the keys of " + prefix : keys(e.entry()) + variants(e)), null));
        } else if (member instanceof Named n) {
            properties.add(property(name, "java.util.Map<java.lang.String,java.util.Map<java.lang.String,java.lang.Object>>",
                    n.doc() + ". Each: " + keys(n.element()), null));
        }
    }

    private static String keys(Section s) {
        StringJoiner out = new StringJoiner(", ");
        for (Member m : s.members()) {
            out.add(Keys.kebab(m.key()) + (m instanceof Setting<?> st ? " (" + st.type().name() + ")" : ""));
        }
        return out.toString();
    }

    private static String variants(Entries e) {
        if (e.variants().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        e.variants().forEach((v, s) -> out.append("; with ").append(e.discriminator()).append(' ').append(v)
                .append(s.members().isEmpty() ? ": nothing more" : ": " + keys(s)));
        return out.toString();
    }

    private static String property(String name, String type, String description, String defaultValue) {
        return defaultValue == null ? object("name", name, "type", type, "description", description)
                : object("name", name, "type", type, "description", description, "defaultValue", defaultValue);
    }

    private static String object(String... pairs) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(quote(pairs[i]) + ": " + quote(pairs[i + 1]));
        }
        return out.toString();
    }

    private static String array(List<String> items) {
        return items.isEmpty() ? "[]" : "[\n    " + String.join(",\n    ", items) + "\n  ]";
    }

    private static String inline(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
