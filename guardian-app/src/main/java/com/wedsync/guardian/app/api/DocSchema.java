package com.wedsync.guardian.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * JSON Schema (2020-12, the dialect of OpenAPI 3.1) read from the document records, so the schema is what Jackson
 * writes: every component is a property and required, except one marked {@code @JsonInclude(NON_NULL)}; an
 * {@code Optional} may be null; no other property is allowed. A type with no rule here fails at once.
 */
final class DocSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String REF = "#/components/schemas/";

    /** The records met so far, by component name: they become {@code components.schemas}. */
    private final Map<String, ObjectNode> components = new TreeMap<>();

    Map<String, ObjectNode> components() {
        return components;
    }

    ObjectNode of(Type type) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                ObjectNode n = NODES.objectNode().put("type", "array");
                n.set("items", of(args[0]));
                return n;
            }
            if (raw == Map.class && args[0] == String.class) {
                ObjectNode n = NODES.objectNode().put("type", "object");
                n.set("additionalProperties", of(args[1]));
                return n;
            }
            if (raw == Optional.class) {
                ObjectNode n = NODES.objectNode();
                n.putArray("anyOf").add(of(args[0])).add(NODES.objectNode().put("type", "null"));
                return n;
            }
        } else if (type instanceof Class<?> c) {
            if (c == String.class) {
                return NODES.objectNode().put("type", "string");
            }
            if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
                return NODES.objectNode().put("type", "integer");
            }
            if (c == double.class || c == Double.class) {
                return NODES.objectNode().put("type", "number");
            }
            if (c == boolean.class || c == Boolean.class) {
                return NODES.objectNode().put("type", "boolean");
            }
            if (c == Instant.class) {
                return NODES.objectNode().put("type", "string").put("format", "date-time");
            }
            if (c == Duration.class) {
                return NODES.objectNode().put("type", "string").put("format", "duration");
            }
            if (c == JsonNode.class) {
                return NODES.objectNode().put("type", "object");
            }
            if (c.isRecord()) {
                return ref(c);
            }
        }
        throw new IllegalArgumentException("no JSON schema rule for " + type.getTypeName()
                + ": API documents are records of strings, numbers, booleans, instants, lists, maps and optionals");
    }

    /** Component names say where the record lives: {@code ScalingDoc.Pool}, {@code PoolDoc}. */
    static String name(Class<?> record) {
        Class<?> outer = record.getEnclosingClass();
        return outer == null ? record.getSimpleName() : outer.getSimpleName() + "." + record.getSimpleName();
    }

    private ObjectNode ref(Class<?> record) {
        String name = name(record);
        if (!components.containsKey(name)) {
            ObjectNode schema = NODES.objectNode().put("type", "object");
            components.put(name, schema);
            ObjectNode properties = schema.putObject("properties");
            var required = schema.putArray("required");
            for (RecordComponent rc : record.getRecordComponents()) {
                properties.set(rc.getName(), of(rc.getGenericType()));
                JsonInclude include = rc.getAccessor().getAnnotation(JsonInclude.class);
                if (include == null || include.value() != JsonInclude.Include.NON_NULL) {
                    required.add(rc.getName());
                }
            }
            schema.put("additionalProperties", false);
        }
        return NODES.objectNode().put("$ref", REF + name);
    }
}
