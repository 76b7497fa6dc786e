package vn.vientro.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.*;

/** The operations of the service's own OpenAPI document, with their parameters, bodies and roles (for the generated requests and BadInputEveryEndpointTest). */
public final class OpenApiModel {

    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** One operation; {@code bodies} maps each media type it reads to the body's schema. */
    public record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies,
                     boolean bodyRequired, List<String> roles, boolean secured) {

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;
    public final List<Operation> operations;

    public OpenApiModel(JsonNode document) {
        this.document = document;
        List<Operation> found = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(),
                    p.path("in").asText(), p.path("schema"), p.path("required").asBoolean(false))));
            Map<String, JsonNode> bodies = new LinkedHashMap<>();
            operation.path("requestBody").path("content").fields()
                    .forEachRemaining(c -> bodies.put(c.getKey(), c.getValue().path("schema")));
            List<String> roles = new ArrayList<>();
            JsonNode security = operation.path("security");
            security.forEach(s -> s.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText()))));
            found.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters), bodies,
                    operation.path("requestBody").path("required").asBoolean(false), List.copyOf(roles),
                    !security.isMissingNode() && !security.isEmpty()));
        }));
        // The document's order is the service's; sort so a seed means the same requests whatever order it lists them in.
        found.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        this.operations = List.copyOf(found);
    }

    /** The schema a {@code $ref} (or an {@code allOf} wrapping one) points to. */
    public JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10; i++) {
            if (schema.has("$ref")) {
                schema = document.at(schema.get("$ref").asText().substring(1));
            } else if (schema.has("allOf")) {
                ObjectNode merged = schema.deepCopy();
                merged.remove("allOf");
                for (JsonNode part : schema.get("allOf")) {
                    JsonNode resolved = resolve(part);
                    resolved.fields().forEachRemaining(f -> {
                        if (!merged.has(f.getKey())) {
                            merged.set(f.getKey(), f.getValue());
                        }
                    });
                }
                schema = merged;
            } else {
                return schema;
            }
        }
        return schema;
    }

    /** The component name of a {@code $ref}, e.g. ProposalInput, or "" when the schema is inline. */
    static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
