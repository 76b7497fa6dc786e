package vn.vientro.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * Each kind of bad input sent to every operation that reads a JSON body, as the OpenAPI document lists them: a NUL in
 * a text field, a number beyond any integer, an array for the object, something after the closing brace, and text
 * that is not JSON. Every one must be a 400 problem+json whose violations name the field with the right code, and
 * no message may show Java. An operation added later is covered without touching this test.
 */
@QuarkusTest
class BadInputEveryEndpointTest {

    private static final List<String> USERS = List.of(ADMIN, OFFICER, APPRAISER, CONSULTEE_POLICE, APPROVER, LEADERSHIP);

    record Operation(String method, String path, Map<String, Object> schema) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private JsonPath document;
    private List<Operation> operations;

    /** Read in each test (a static @BeforeAll would run before the application listens). */
    @BeforeEach
    void readDocument() {
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, methods) -> methods.forEach((method, value) -> {
            if (!List.of("post", "put", "patch").contains(method)) {
                return;
            }
            Object schema = at(value, "requestBody", "content", "application/json", "schema");
            if (schema instanceof Map<?, ?> s) {
                @SuppressWarnings("unchecked") Map<String, Object> resolved = resolve((Map<String, Object>) s);
                if ("object".equals(resolved.get("type")) || resolved.containsKey("properties")) {
                    operations.add(new Operation(method, path.replaceAll("\\{[^}]+}", "1"), resolved));
                }
            }
        }));
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
            expect(failures, op, user, "{\"unclosed\":", "", "malformed-json");
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
        String answer = op + " with " + body + " as " + user + " → " + response.statusCode() + " " + response.asString();
        if (response.statusCode() != 400 || !response.contentType().startsWith("application/problem+json")) {
            failures.add(answer);
            return;
        }
        List<Map<String, Object>> violations = response.jsonPath().getList("violations");
        boolean named = violations != null && violations.stream().anyMatch(v -> code.equals(v.get("code"))
                && String.valueOf(v.get("field")).endsWith(field) && "body".equals(v.get("in")));
        String text = response.asString();
        if (!named || text.contains("java.") || text.contains("vn.vientro") || text.contains("com.fasterxml")) {
            failures.add(answer);
        }
    }

    private static Response send(Operation op, String user, String body) {
        return as(user).body(body).request(op.method(), op.path());
    }

    /** The first property of the body of that type (text that is not an enum, date or other format), if any. */
    @SuppressWarnings("unchecked")
    private Optional<String> property(Operation op, String type) {
        Map<String, Object> properties = (Map<String, Object>) op.schema().getOrDefault("properties", Map.of());
        return properties.entrySet().stream().filter(e -> {
            Map<String, Object> p = resolve((Map<String, Object>) e.getValue());
            return type.equals(p.get("type")) && !p.containsKey("enum") && (!"string".equals(type) || !p.containsKey("format"));
        }).map(Map.Entry::getKey).findFirst();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = String.valueOf(ref).substring("#/components/schemas/".length());
        return resolve((Map<String, Object>) document.getMap("components.schemas").get(name));
    }

    private static Object at(Object node, String... keys) {
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }
}
