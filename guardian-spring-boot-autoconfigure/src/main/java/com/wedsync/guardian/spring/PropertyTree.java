package com.wedsync.guardian.spring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The {@code guardian.*} properties of an environment as a tree of maps, lists and texts for guardian.yaml's reader,
 * gathered the way Spring Boot's binder sees them: through {@link ConfigurationPropertySources}, so that
 * {@code GUARDIAN_HEALTH_WINDOW} is {@code guardian.health.window} and {@code GUARDIAN_CALENDARS_0_PATH} is
 * {@code guardian.calendars[0].path}, the first source to give a name wins (names equal as Boot compares them:
 * {@code saturation-critical}, {@code saturationCritical}, {@code saturationcritical}), and a list comes whole from
 * the first source that gives any of it. Keys stay as written: the reader maps each to the schema's.
 *
 * <p>An environment variable's value goes into the tree as a reference to it ({@code ${GUARDIAN_HEALTH_WINDOW}}), so
 * it is substituted, kept secret and named in a message like any {@code ${NAME}} of guardian.yaml. Environment
 * variables whose next word is none of the guardian's top-level keys ({@code GUARDIAN_HOME}) are not its settings.
 */
final class PropertyTree {

    private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of(StarterSchema.PREFIX);
    /** The longest list a property may index: {@code calendars[100000]} is a mistake, not a list to allocate. */
    static final int MAX_INDEX = 9_999;
    /** Spring's {@code ${NAME:default}}, which guardian.yaml writes {@code ${NAME:-default}}. */
    private static final Pattern SPRING_DEFAULT = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):(?!-)([^}]*)}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** One property as its winning source gives it. */
    private record Given(ConfigurationPropertyName name, Object value, String origin) {
    }

    private PropertyTree() {
    }

    /**
     * The tree of every {@code guardian.*} property below {@code guardian}; a property that contradicts another (a
     * value where another gives keys below it, a list index where keys are given) is left out, and said so in
     * {@code problems}, with both origins.
     */
    static Map<String, Object> read(Environment environment, List<String> problems) {
        Map<ConfigurationPropertyName, Given> given = new LinkedHashMap<>();
        Map<ConfigurationPropertyName, ConfigurationPropertySource> owners = new HashMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource names)) {
                continue;
            }
            boolean variables = source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource;
            names.stream().filter(PREFIX::isAncestorOf).forEach(name -> {
                if (variables && !StarterSchema.isTopLevel(name.getElement(1, Form.ORIGINAL))) {
                    return;
                }
                if (owners.computeIfAbsent(claim(name), n -> source) != source || given.containsKey(name)) {
                    return;
                }
                ConfigurationProperty property = source.getConfigurationProperty(name);
                if (property != null) {
                    given.put(name, new Given(name, value(property, variables), origin(property, source)));
                }
            });
        }
        Map<String, Object> tree = new TreeMap<>();
        for (Given g : given.values()) {
            String contradicted = contradiction(g, given);
            if (contradicted != null) {
                problems.add(contradicted);
            } else {
                put(tree, g, problems);
            }
        }
        return tree;
    }

    /** The name a source claims by giving {@code name}: the outermost list it is in, or the name itself. */
    private static ConfigurationPropertyName claim(ConfigurationPropertyName name) {
        for (int i = 1; i < name.getNumberOfElements(); i++) {
            if (name.isNumericIndex(i)) {
                return name.chop(i);
            }
        }
        return name;
    }

    private static Object value(ConfigurationProperty property, boolean variables) {
        if (variables && property.getOrigin() instanceof PropertySourceOrigin o && VARIABLE.matcher(o.getPropertyName()).matches()) {
            return "${" + o.getPropertyName() + "}";
        }
        Object value = property.getValue();
        if (value instanceof Collection<?> items) {
            return items.stream().map(PropertyTree::text).toList();
        }
        return text(value);
    }

    private static String text(Object value) {
        return value == null ? "" : SPRING_DEFAULT.matcher(String.valueOf(value)).replaceAll("\\${$1:-$2}");
    }

    private static String origin(ConfigurationProperty property, ConfigurationPropertySource source) {
        Origin origin = property.getOrigin();
        return origin != null ? origin.toString() : String.valueOf(source.getUnderlyingSource());
    }

    /** Why {@code g} cannot be read with the others (a name above it has a value of its own); null when it can. */
    private static String contradiction(Given g, Map<ConfigurationPropertyName, Given> given) {
        for (int i = 2; i < g.name().getNumberOfElements(); i++) {
            Given above = given.get(g.name().chop(i));
            if (above != null) {
                return g.name() + " (" + g.origin() + ") is a key below " + above.name() + ", which has a value of its own ("
                        + above.origin() + "): give either the value or the keys below it";
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, Given g, List<String> problems) {
        ConfigurationPropertyName name = g.name();
        Object node = tree;
        for (int i = 1; i < name.getNumberOfElements(); i++) {
            String element = name.getElement(i, Form.ORIGINAL);
            boolean index = name.isNumericIndex(i);
            if (index && (element.length() > 4 || Integer.parseInt(element) > MAX_INDEX)) {
                problems.add(name + " (" + g.origin() + "): a list index above " + MAX_INDEX);
                return;
            }
            boolean last = i == name.getNumberOfElements() - 1;
            Object next = last ? g.value() : name.isNumericIndex(i + 1) ? new ArrayList<>() : new TreeMap<String, Object>();
            if (index && node instanceof List<?> list) {
                List<Object> items = (List<Object>) list;
                int at = Integer.parseInt(element);
                while (items.size() <= at) {
                    items.add(null);
                }
                if (items.get(at) == null) {
                    items.set(at, next);
                }
                node = items.get(at);
            } else if (!index && node instanceof Map<?, ?> map) {
                node = ((Map<String, Object>) map).computeIfAbsent(element, k -> next);
            } else {
                problems.add(name + " (" + g.origin() + "): " + (index ? "a list index where other properties give keys"
                        : "a key where other properties give a list index") + " of " + name.chop(i));
                return;
            }
        }
    }
}
