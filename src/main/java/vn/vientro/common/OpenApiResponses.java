package vn.vientro.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.vientro.common.domain.ProblemCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Completes the OpenAPI document with the answers every operation of a kind gives, so resources declare only
 * their own (201/204, 409, 413, 415 for a file, 422): 401 and 403 on every secured operation, 400 on every
 * operation that takes a body or parameters, 404 on every operation addressed by an id in its path, 415 on
 * every operation with a body, 503 on every operation of the API (the database away). Every 4xx and 5xx answer is the
 * one {@code Problem} schema as
 * {@code application/problem+json}; success answers never list that media type. Registered with
 * {@code mp.openapi.filter}; {@code OpenApiTest} checks the result against the resource methods.
 */
public class OpenApiResponses implements OASFilter {

    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The generic answers and what they mean here. */
    static final Map<String, String> GENERIC = Map.of(
            "400", "Invalid input: each problem is in violations (field, in, code, message)",
            "401", "No valid token: missing, expired, revoked, or the account is deactivated",
            "403", "The user's roles or agency do not allow this",
            "404", "Nothing has this id, or it is not of the kind addressed",
            "415", "The body's media type (Content-Type) is not one this operation accepts",
            "503", "The database cannot be reached: try again after Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        var components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        // The extension's own problem schemas are replaced by the one above, which has code and violations[].code.
        for (String replaced : List.of("HttpProblem", "HttpValidationProblem", "Violation")) {
            if (components.getSchemas() != null && components.getSchemas().containsKey(replaced)) {
                components.removeSchema(replaced);
            }
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (var path : api.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                complete(operation, parameters(item, operation), path.getKey().startsWith("/api/"));
            }
            sameAsRead(item);
        }
    }

    /**
     * A generic resource's update answers the record as its read does, but the scanner cannot name the type of
     * {@code E update(...)} once the method declares its other answers: take the read's content.
     */
    private static void sameAsRead(PathItem item) {
        APIResponse updated = item.getPUT() == null ? null : item.getPUT().getResponses().getAPIResponse("200");
        APIResponse read = item.getGET() == null ? null : item.getGET().getResponses().getAPIResponse("200");
        if (updated != null && updated.getContent() == null && read != null && read.getContent() != null) {
            updated.setContent(read.getContent());
        }
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    /** {@code readsDatabase}: every operation of the API does, so it may answer 503 while the database is away. */
    private static void complete(Operation operation, List<Parameter> parameters, boolean readsDatabase) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            generic(responses, "401");
            generic(responses, "403");
        }
        if (operation.getRequestBody() != null || !parameters.isEmpty()) {
            generic(responses, "400");
        }
        if (parameters.stream().anyMatch(OpenApiResponses::isPathId)) {
            generic(responses, "404");
        }
        if (readsDatabase) {
            generic(responses, "503");
        }
        if (operation.getRequestBody() != null) {
            generic(responses, "415");
        }
        for (var entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            } else if (entry.getKey().startsWith("2") && response.getContent() != null
                    && response.getContent().hasMediaType(PROBLEM_JSON)) {
                response.getContent().removeMediaType(PROBLEM_JSON);
            }
        }
    }

    /** An id in the path: {@code {id}}, {@code {documentId}}. A year in the path is not an id: it is never 404. */
    static boolean isPathId(Parameter parameter) {
        return parameter.getIn() == Parameter.In.PATH
                && (parameter.getName().equals("id") || parameter.getName().endsWith("Id"));
    }

    /** Adds a generic answer, keeping a description the resource gave (e.g. the token endpoint's 401). */
    private static void generic(APIResponses responses, String code) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(GENERIC.get(code)));
        } else if (existing.getDescription() == null || existing.getDescription().equals("Bad Request")
                || existing.getDescription().equals("Not Authorized") || existing.getDescription().equals("Not Allowed")) {
            existing.setDescription(GENERIC.get(code));
        }
    }

    /** Every code the API answers with ({@link ProblemCode}). */
    private static Schema code(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description)
                .enumeration(Arrays.stream(ProblemCode.values()).map(c -> (Object) c.id()).toList());
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema values = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(true)
                .description("The values a message of the code needs, by name: dates as yyyy-MM-dd, numbers as numbers, "
                        + "lists as lists; present only when the code carries some");
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One problem with the input")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The field (a JSON path such as sectors[0].share) or parameter name"))
                .addProperty("in", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("body", "query", "path", "header", "form"))
                        .description("Where the field is"))
                .addProperty("code", code("Stable code a client translates by"))
                .addProperty("values", values)
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("A readable message in English"))
                .required(List.of("field", "in", "code", "message"));
        Schema number = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
        Schema importError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A bad cell: sheet and row of a workbook, or line of a CSV file")
                .addProperty("sheet", text).addProperty("row", number).addProperty("line", number)
                .addProperty("column", text).addProperty("code", code("Stable code a client translates by"))
                .addProperty("values", values)
                .addProperty("message", text);
        Schema missingRate = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("currency", text)
                .addProperty("date", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An error as application/problem+json (RFC 9457)")
                .addProperty("type", text)
                .addProperty("status", number)
                .addProperty("title", text)
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("code", code("Stable code a client translates by: what was refused, or by "
                        + "status when nothing more precise is known (invalid-input, unauthenticated, forbidden, not-found, "
                        + "conflict, …)"))
                .addProperty("values", values)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation)
                        .description("Present on 400 about input: one entry per problem"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(importError)
                        .description("Present on 400 from an import (CSV or workbook): every bad cell; nothing was imported"))
                .addProperty("missingRates", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(missingRate)
                        .description("Present on 422: each currency and date without an exchange rate on or before it"))
                .addProperty("missingFields", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(text)
                        .description("Present on 422 from a drafted document: the proposal's fields its template needs and the proposal lacks"))
                .addProperty("retryAfter", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .description("Present on 429: seconds to wait before trying again, as in the Retry-After header"))
                .required(List.of("status", "title", "code"));
    }
}
