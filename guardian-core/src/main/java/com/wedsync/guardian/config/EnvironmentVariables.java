package com.wedsync.guardian.config;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes {@code ${NAME}} and {@code ${NAME:-default}} in config strings. Values that came from the
 * environment are remembered as secrets so that nothing the guardian prints can show them: a config problem
 * names the variable instead ({@code '${SLACK_TOKEN}' is not …}).
 */
public final class EnvironmentVariables implements Substitution {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    /** Shorter values are replaced only where a message quotes a value, so that "1" does not blot out every digit. */
    private static final int ALWAYS_REPLACED = 6;

    private final Function<String, String> lookup;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    public EnvironmentVariables(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /** The string with every reference replaced; a missing variable without a default is reported by name. */
    @Override
    public String apply(String raw, String path, Problems problems) {
        Matcher m = REFERENCE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = lookup.apply(name);
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                problems.unsetVariable(path, name);
                value = "";
            } else if (!value.isEmpty()) {
                secrets.put(value, name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every value substituted so far: never to be printed. */
    public Set<String> secrets() {
        return Set.copyOf(secrets.keySet());
    }

    /** The message with every value substituted from the environment replaced by its variable's reference. */
    public String redact(String message) {
        String out = message;
        for (Map.Entry<String, String> e : secrets.entrySet()) {
            String value = e.getKey();
            String reference = "${" + e.getValue() + "}";
            if (value.length() >= ALWAYS_REPLACED) {
                out = out.replace(value, reference);
            } else {
                out = out.replace("'" + value + "'", "'" + reference + "'")
                        .replace("\"" + value + "\"", "\"" + reference + "\"")
                        .replaceAll("but was " + Pattern.quote(value) + "(?=$|[\\s,;)])",
                                Matcher.quoteReplacement("but was " + reference));
            }
        }
        return out;
    }
}
