package com.wedsync.guardian.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference of every setting, rendered from the declarations as Markdown: one table for the top-level
 * settings, then one per section, each row a setting's full path ({@code alerts.channels[].type}), type,
 * default, allowed values and doc. A list's entries are {@code key[]}; an entry of one variant
 * {@code key[type=slack]}; a named section {@code key.<name>}.
 */
public final class ConfigReference {

    private ConfigReference() {
    }

    /**
     * One row of the reference: a setting, or a list whose entries repeat the shape around it.
     *
     * @param defaultText the default in config's notation, words for one worked out at load time, "required", or ""
     * @param literal     the default is a value one could write in guardian.yaml (shown as code)
     */
    public record Row(String path, String type, String defaultText, boolean literal, String bounds, String doc) {

        static <T> Row of(String path, Setting<T> s) {
            boolean literal = s.defaultValue() != null && s.defaultText().equals(s.type().show(s.defaultValue()));
            return new Row(path, s.type().name(), s.isRequired() ? "required" : s.defaultText(), literal,
                    s.type().bounds(), s.doc());
        }
    }

    /** Every setting of {@code root}, with its full path, in declaration order. */
    public static List<Row> rows(Section root) {
        List<Row> out = new ArrayList<>();
        root.members().forEach(m -> walk(m, "", out));
        return out;
    }

    private static void walk(Member member, String prefix, List<Row> out) {
        if (member instanceof Setting<?> s) {
            out.add(Row.of(prefix + s.key(), s));
        } else if (member instanceof Section s) {
            s.members().forEach(m -> walk(m, prefix + s.key() + ".", out));
        } else if (member instanceof Entries e && e.recursive()) {
            out.add(new Row(prefix + e.key() + "[]", "list of the mapping it is in", "", false, "", e.doc()));
        } else if (member instanceof Entries e) {
            e.entry().members().forEach(m -> walk(m, prefix + e.key() + "[].", out));
            e.variants().forEach((name, variant) ->
                    variant.members().forEach(m -> walk(m, prefix + e.key() + "[" + e.discriminator() + "=" + name + "].", out)));
        } else if (member instanceof Named n) {
            n.element().members().forEach(m -> walk(m, prefix + n.key() + ".<name>.", out));
        }
    }

    /** The reference as Markdown: the top-level settings, then a heading and a table per section. */
    public static String markdown(Section root) {
        StringBuilder md = new StringBuilder();
        List<Row> top = new ArrayList<>();
        root.members().stream().filter(m -> m instanceof Setting<?>).forEach(m -> walk(m, "", top));
        table(md, top);
        for (Member m : root.members()) {
            if (m instanceof Setting<?>) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            walk(m, "", rows);
            md.append("\n#### `").append(m.key()).append("`\n\n").append(sentence(m.doc()));
            if (m instanceof Section s && !s.shorthand().isEmpty()) {
                md.append(" A single value stands for `").append(s.key()).append('.').append(s.shorthand()).append("`.");
            }
            md.append("\n\n");
            table(md, rows);
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Row> rows) {
        md.append("| key | type | default | allowed | what it is for |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            String dflt = r.defaultText().isEmpty() ? "—" : r.literal() ? "`" + r.defaultText() + "`" : r.defaultText();
            md.append("| `").append(r.path()).append("` | ").append(r.type()).append(" | ").append(dflt)
                    .append(" | ").append(r.bounds()).append(" | ").append(r.doc().replace("|", "\\|")).append(" |\n");
        }
    }

    private static String sentence(String doc) {
        String d = Character.toUpperCase(doc.charAt(0)) + doc.substring(1);
        return d.endsWith(".") ? d : d + ".";
    }
}
