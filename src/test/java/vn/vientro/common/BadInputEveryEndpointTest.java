package vn.vientro.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.fuzz.OpenApiModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Each kind of bad input sent to every operation that reads a JSON body, as the OpenAPI document lists them: a NUL in
 * a text field, a number beyond any integer, an array for the object, something after the closing brace, and text
 * that is not JSON. Every one must be a 400 problem+json with the one violation the README gives that case: the
 * broken field by its exact name, or "" when the whole body is wrong; no message may show Java. An operation added
 * later is covered without touching this test.
 */
@QuarkusTest
class BadInputEveryEndpointTest {

    private static final List<String> USERS = List.of(ADMIN, OFFICER, APPRAISER, CONSULTEE_POLICE, APPROVER, LEADERSHIP);

    /** An operation reading a JSON object: its method, its path with ids filled in, and the body's schema. */
    record Operation(String method, String path, JsonNode schema) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OpenApiModel model;
    private List<Operation> operations;

    /** Read in each test (a static @BeforeAll would run before the application listens). */
    @BeforeEach
    void readDocument() {
        model = openApi();
        operations = new ArrayList<>();
        for (OpenApiModel.Operation op : model.operations) {
            JsonNode body = op.bodies().get("application/json");
            if (!List.of("POST", "PUT", "PATCH").contains(op.method()) || body == null) {
                continue;
            }
            JsonNode schema = model.resolve(body);
            if ("object".equals(schema.path("type").asText()) || schema.has("properties")) {
                operations.add(new Operation(op.method(), path(op), schema));
            }
        }
    }

    /** The path with 1 for each id, and an allowed value for a closed list (a report kind), so the body is what is wrong. */
    private String path(OpenApiModel.Operation op) {
        String path = op.path();
        for (var parameter : op.in("path")) {
            JsonNode schema = model.resolve(parameter.schema());
            path = path.replace("{" + parameter.name() + "}", schema.has("enum") ? schema.get("enum").get(0).asText() : "1");
        }
        return path;
    }

    @Test
    void everyJsonOperationIsCovered() {
        assertThat(operations).as("operations reading a JSON object").hasSizeGreaterThan(15);
        assertThat(operations.stream().map(Operation::toString))
                .contains("POST /api/proposals", "PUT /api/proposals/1", "POST /api/tasks/1/complete", "POST /api/users");
    }

    @Test
    void eachKindOfBadInputIsA400NamingTheField() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            String user = authorised(op);
            if (user == null) {
                failures.add(op + ": no demo user may call it");
                continue;
            }
            property(op, "string").ifPresent(field ->
                    expect(failures, op, user, "{\"" + field + "\":\"a\\u0000b\"}", field, "control-character"));
            property(op, "integer").ifPresent(field ->
                    expect(failures, op, user, "{\"" + field + "\":1e400}", field, "wrong-type"));
            expect(failures, op, user, "[{}]", "", "wrong-type");
            expect(failures, op, user, "{} {\"more\":1}", "", "malformed-json");
            expect(failures, op, user, "{", "", "malformed-json");
            // JSON that breaks off after a name: the reader names the field it was reading
            expect(failures, op, user, "{\"unclosed\":", "unclosed", "malformed-json");
        }
        assertThat(failures).isEmpty();
    }

    /** The first demo user the operation does not refuse (401/403) for an empty object. */
    private String authorised(Operation op) {
        for (String user : USERS) {
            int status = send(op, user, "{}").statusCode();
            if (status != 401 && status != 403) {
                return user;
            }
        }
        return null;
    }

    private void expect(List<String> failures, Operation op, String user, String body, String field, String code) {
        Response response = send(op, user, body);
        try {
            onlyViolation(response.then(), field, "body", code);
        } catch (AssertionError e) {
            failures.add(op + " with " + body + " as " + user + " → " + response.statusCode() + " " + response.asString()
                    + "\n  " + e.getMessage().strip());
        }
    }

    private static Response send(Operation op, String user, String body) {
        return as(user).body(body).request(op.method(), op.path());
    }

    /** The first property of the body of that type (text that is not an enum, date or other format), if any. */
    private Optional<String> property(Operation op, String type) {
        var names = op.schema().path("properties").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode p = model.resolve(op.schema().path("properties").get(name));
            if (type.equals(p.path("type").asText()) && !p.has("enum") && (!"string".equals(type) || !p.has("format"))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
