package com.wedsync.guardian.app.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.1 description of the guardian's own API, built from the routes' {@link Endpoint}s and the
 * document records they answer with: what is described is what is registered and what is written.
 */
public final class OpenApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(201, "Created"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    private OpenApi() {
    }

    public static ObjectNode describe(List<Endpoint> endpoints, String version) {
        DocSchema schemas = new DocSchema();
        ObjectNode doc = NODES.objectNode().put("openapi", "3.1.0");
        doc.putObject("info").put("title", "WedSync Pool Guardian API").put("version", version)
                .put("description", "The guardian's pools, wedding context, alerts and scaling. A mutating route "
                        + "needs Authorization: Bearer <admin token> (401 without it, 403 when none is configured).");
        ObjectNode paths = doc.putObject("paths");
        for (Endpoint e : endpoints) {
            ObjectNode path = paths.has(e.path()) ? (ObjectNode) paths.get(e.path()) : paths.putObject(e.path());
            path.set(e.method().toLowerCase(java.util.Locale.ROOT), operation(e, schemas));
        }
        ObjectNode components = doc.putObject("components");
        components.putObject("schemas").setAll(schemas.components());
        components.putObject("securitySchemes").putObject("admin").put("type", "http").put("scheme", "bearer");
        return doc;
    }

    private static ObjectNode operation(Endpoint e, DocSchema schemas) {
        ObjectNode op = NODES.objectNode().put("summary", e.summary())
                .put("operationId", e.method().toLowerCase(java.util.Locale.ROOT) + e.path().replaceAll("[^A-Za-z0-9]+", "_"));
        var parameters = op.putArray("parameters");
        for (String part : e.path().split("/")) {
            if (part.startsWith("{") && part.endsWith("}")) {
                parameters.addObject().put("name", part.substring(1, part.length() - 1)).put("in", "path")
                        .put("required", true).putObject("schema").put("type", "string");
            }
        }
        if (e.admin()) {
            op.putArray("security").addObject().putArray("admin");
        }
        ObjectNode responses = op.putObject("responses");
        for (Endpoint.Reply r : e.replies()) {
            ObjectNode schema = r.mediaType().equals(Endpoint.Reply.JSON) ? schemas.of(r.document())
                    : NODES.objectNode().put("type", "string");
            if (r.list()) {
                schema = NODES.objectNode().put("type", "array").set("items", schema);
            }
            responses.putObject(String.valueOf(r.status())).put("description", REASONS.getOrDefault(r.status(), ""))
                    .putObject("content").putObject(r.mediaType()).set("schema", schema);
        }
        return op;
    }
}
