package vn.vientro.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.vientro.fuzz.OpenApiModel.Operation;
import vn.vientro.fuzz.OpenApiModel.Parameter;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests for every operation of the OpenAPI document, chosen by a seeded random source (leaning towards the
 * operations no request has brought to a 2xx yet): valid ones built from the schemas (required fields, enums,
 * formats, patterns, with ids and codes that exist), and mutated ones (bodies, parameters, headers, tokens). The same
 * seed against the same starting data gives the same requests.
 */
final class RequestGenerator {

    /** One request; {@code what} says how it was made, for the report. */
    record FuzzRequest(String method, String target, Map<String, String> headers, byte[] body, String what) {
    }

    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> USER_SCHEMAS = Set.of("NewUser", "UserChange");
    private static final List<String> WORKFLOW_ROLES = List.of("officer", "appraiser", "consultee", "approver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] VIETNAMESE = {"Nước sạch cho trường học xã Gò Dầu", "Hỗ trợ y tế cộng đồng",
            "Trung tâm Y tế khu vực Trảng Bàng", "Ủy ban nhân dân xã Hòa Thành", "Giáo dục hòa nhập cho trẻ khuyết tật",
            "Cứu trợ khẩn cấp sau lũ lụt", "Phòng chống đuối nước ở trẻ em", "Nâng cao năng lực phụ nữ dân tộc thiểu số",
            "Chủ tịch UBND tỉnh", "Hồ sơ đầy đủ, đề nghị thẩm định", "Sở Tài chính tỉnh Tây Ninh", "Đường giao thông nông thôn"};
    private static final String[] STRANGE_TEXT = {"", " ", "\t", "\n", "\u0000", "abc\u0000def", "\u0001", "\u001b[31m", "\u007f",
            "\u0085", "\u2028", "\uFEFF", "\u200B", "\u202Eabc", "🙂 người dùng 👩‍👩‍👧", "𠀀𪚥", "<script>alert(1)</script>",
            "=HYPERLINK(\"http://x\")", "' OR '1'='1' --", "%00", "\\u0000", "${jndi:ldap://x/a}", "../../etc/passwd",
            "Nước sạch".repeat(2), Normalizer.normalize("Nước sạch cho Đồng Tháp", Normalizer.Form.NFD), "null", "NaN", "-1", "١٢٣"};
    private static final String[] RAW_NUMBERS = {"1e400", "-1e400", "1e308", "1E-400", "123456789012345678901234567890",
            "-1", "0", "-0", "1.5", "0.001", "9223372036854775808", "-9223372036854775809", "2147483648", "1.0E+2",
            "0.123456789012345", "-0.0", "1" + "0".repeat(1200), "100.000000000000000000001", "99999999999999999.99"};
    private static final String[] DATES = {"2026-02-30", "0000-01-01", "+10000-01-01", "9999-12-31", "-999999999-01-01",
            "2026-1-1", "2026-13-01", "20260101", "2026-01-01T00:00:00Z", "1900-01-01", "2100-12-31", "1970-01-01",
            "0001-01-01", "2024-02-29", "31/12/2026"};
    private static final byte[][] BAD_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xE1, (byte) 0xBB}, {(byte) 0xFE, (byte) 0xFF}};
    private static final String[] WHOLE_BODIES = {"null", "[]", "{}", "\"text\"", "42", "true", "", " ", "{", "}", "{\"a\":",
            "\uFEFF{}", "{'a':1}", "{a:1}", "/* c */ {}", "{} {}", "NaN", "[" + "[".repeat(5000), "{\"x\":1,\"x\":2}",
            "[".repeat(3000) + "]".repeat(3000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "\"" + "\\u0000".repeat(10) + "\""};
    private static final String[] NON_EXISTING_IDS = {"0", "-1", "-9223372036854775808", "9223372036854775807",
            "9223372036854775808", "99999999999999999999", "abc", "1.5", "1e3", "%20", "%00", "%C3%28", "%E1%BB%87",
            "null", "%5B%5D", "0x10", "+999999999", "1%2F2", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "1".repeat(400)};
    private static final String[] QUERY_MUTATIONS = {"", "abc", "-1", "2147483648", "99999999999999999999", "%00", "%FF",
            "%C3%28", "x".repeat(3000), "true1", "project", "1e400", "%0D%0ASet-Cookie:%20a%3D1", "%E1%BB%87", "%2525",
            "null", "[]", "1.5", "+", "2026-02-30", "y".repeat(5000)};
    private static final String[] ACCEPTS = {"application/json", "application/problem+json", "*/*", "text/html",
            "application/xml", "image/png", "garbage;;", "application/json;q=0", "text/csv"};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/json; charset=ISO-8859-1",
            "application/json; charset=nope", "application/x-www-form-urlencoded", "multipart/form-data", "garbage",
            "application/json;;;", "*/*", "application/octet-stream", "text/csv", "application/problem+json"};

    private final OpenApiModel api;
    private final Knowledge knowledge;
    private final Tokens tokens;
    private final Random random;
    private final LocalDate today = LocalDate.now(PROVINCE);
    private int raws;

    RequestGenerator(OpenApiModel api, Knowledge knowledge, Tokens tokens, long seed) {
        this.api = api;
        this.knowledge = knowledge;
        this.tokens = tokens;
        this.random = new Random(seed);
    }

    FuzzRequest next() {
        int roll = random.nextInt(100);
        if (roll < 2) {
            return strangeMethodOrPath();
        }
        // Some of the requests go to the operations no request has brought to a 2xx yet, so that the code behind
        // the refusals of each is reached too.
        List<Operation> unreached = api.operations.stream().filter(o -> !knowledge.reached.contains(o.toString())).toList();
        Operation operation = !unreached.isEmpty() && random.nextInt(100) < 30 ? creatorOf(pick(unreached)) : pick(api.operations);
        return request(operation);
    }

    private static final Pattern ONE_RECORD = Pattern.compile("(/api/[^{}]+)/\\{[^}/]+}");

    /**
     * A write on one record of a collection needs a record of the generator's own (it leaves the demo's alone): while
     * it has none, the collection's create comes first, else the operation itself.
     */
    private Operation creatorOf(Operation operation) {
        Matcher record = ONE_RECORD.matcher(operation.path());
        if (operation.method().equals("GET") || !record.matches() || !knowledge.own(record.group(1)).isEmpty()) {
            return operation;
        }
        return api.operations.stream().filter(o -> o.method().equals("POST") && o.path().equals(record.group(1)))
                .findFirst().orElse(operation);
    }

    /** A valid body for an operation, as a client that follows the document sends it (used to prepare data too). */
    ObjectNode validBody(String schemaName) {
        return (ObjectNode) valid(NODES.objectNode().put("$ref", "#/components/schemas/" + schemaName), "", "", 0);
    }

    FuzzRequest request(Operation operation) {
        List<String> what = new ArrayList<>();
        boolean write = !operation.method().equals("GET");
        String path = path(operation, write, what);
        String query = query(operation, what);
        Map<String, String> headers = new LinkedHashMap<>();
        authorization(operation, path, headers, what);
        accept(headers, what);
        byte[] body = body(operation, path, headers, what);
        return new FuzzRequest(operation.method(), path + query, headers, body, String.join("; ", what));
    }

    // ---- path and query ----

    private String path(Operation operation, boolean write, List<String> what) {
        StringBuilder path = new StringBuilder();
        String[] segments = operation.path().substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                Parameter parameter = operation.in("path").stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
                // e.g. the proposal of /api/proposals/{id}/documents/{documentId}: one whose documents are known
                String children = i + 2 < segments.length && segments[i + 2].startsWith("{") ? segments[i + 1] : null;
                String value = pathValue(operation, parameter, path.toString(), children, write, what);
                path.append('/').append(value);
            } else {
                path.append('/').append(segment);
            }
        }
        return path.toString();
    }

    private String pathValue(Operation operation, Parameter parameter, String collection, String children, boolean write,
                             List<String> what) {
        JsonNode schema = api.resolve(parameter.schema());
        List<String> pool;
        if (parameter.name().equals("year")) {
            // Figures are written only for far years, so a run leaves the demo years' reports as they were.
            pool = write ? List.of("2150", "2175", "2200") : List.of("2021", "2024", String.valueOf(today.getYear()), "1990", "2100");
        } else if (collection.equals("/api/tasks")) {
            pool = write ? knowledge.ownTasks() : List.copyOf(knowledge.tasks.keySet());
            if (operation.path().endsWith("/unclaim")) {
                pool = preferred(pool, task -> !knowledge.tasks.get(task).path("assignee").asText("").isEmpty());
            }
        } else if (collection.equals("/api/notices")) {
            // marking a demo user's notice as read spoils nothing the run needs
            pool = knowledge.readable(collection);
        } else if (collection.equals("/api/report-obligations") && write) {
            // a report or a file only for an obligation that awaits one; a file taken back where one was attached
            pool = List.copyOf(knowledge.awaitedReports.keySet());
            if (children != null) {
                pool = preferred(pool, id -> !knowledge.own(collection + "/" + id + "/" + children).isEmpty());
            }
        } else if (schema.has("enum")) {
            // a closed list, e.g. the kind of a generated document
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(value.asText()));
            pool = values;
        } else {
            pool = write ? knowledge.own(collection) : knowledge.readable(collection);
            if (operation.path().contains("/documents/generated/") && collection.equals("/api/proposals")) {
                // a decision's documents exist only for a decided proposal
                pool = preferred(pool, knowledge.decided()::contains);
            }
            if (operation.path().endsWith("/signed-decision")) {
                // the approver owns no proposal; a signed scan is taken for any approved one
                pool = preferred(knowledge.readable(collection), knowledge.decided()::contains);
            } else if (write && collection.equals("/api/proposals")) {
                // only a draft can be edited, submitted, deleted or given documents
                pool = preferred(pool, knowledge.drafts()::contains);
            }
            if (children != null) {
                pool = preferred(pool, id -> !(write ? knowledge.own(collection + "/" + id + "/" + children)
                        : knowledge.readable(collection + "/" + id + "/" + children)).isEmpty());
            }
        }
        if (!pool.isEmpty() && random.nextInt(100) < 85) {
            return pick(pool);
        }
        String value = schema.path("type").asText().equals("string") && !parameter.name().equals("year")
                ? pick(new String[]{"nope", "%00", "x".repeat(3000), "..%2F..%2Fetc", "00000000-0000-0000-0000-000000000000",
                "%27%20OR%201%3D1", "%E1%BB%87", "-1"})
                : pick(NON_EXISTING_IDS);
        what.add("path " + parameter.name() + "=" + abbreviate(value));
        return value;
    }

    /** Mostly the values that pass the test, when there are any. */
    private List<String> preferred(List<String> pool, java.util.function.Predicate<String> test) {
        List<String> passing = pool.stream().filter(test).toList();
        return passing.isEmpty() || random.nextInt(100) >= 80 ? pool : passing;
    }

    private String query(Operation operation, List<String> what) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : operation.in("query")) {
            if (!parameter.required() && random.nextInt(100) < 35) {
                continue;
            }
            if (random.nextInt(100) < 15) {
                String value = pick(QUERY_MUTATIONS);
                what.add("query " + parameter.name() + "=" + abbreviate(value));
                pairs.add(parameter.name() + "=" + value);
                if (random.nextInt(4) == 0) {
                    pairs.add(parameter.name() + "=" + encode(queryValue(parameter)));
                }
            } else {
                pairs.add(parameter.name() + "=" + encode(queryValue(parameter)));
            }
        }
        if (random.nextInt(100) < 3) {
            pairs.add("unknown=" + encode(pick(STRANGE_TEXT)));
            what.add("unknown query parameter");
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private String queryValue(Parameter parameter) {
        JsonNode schema = api.resolve(parameter.schema());
        return switch (parameter.name()) {
            case "proposalId" -> knowledge.readable("/api/proposals").isEmpty() ? "1" : pick(knowledge.readable("/api/proposals"));
            case "key" -> pick(new String[]{"checkDossier", "collectOpinions", "giveOpinion", "appraiseProposal",
                    "approveProposal", "supplementDossier", "reviseProposal", "approveAmendment"});
            case "q" -> pick(VIETNAMESE).substring(0, 4 + random.nextInt(6));
            case "currency" -> pick(new String[]{"USD", "VND", "EUR", "JPY"});
            // documented as free text on /api/document-checklist, but it is the kind of aid
            case "kind" -> pick(new String[]{"PROGRAMME", "PROJECT", "NON_PROJECT", "EMERGENCY_RELIEF"});
            case "from", "to", "year" -> String.valueOf(2019 + random.nextInt(today.getYear() - 2018));
            default -> scalar(schema, parameter.name(), "").asText();
        };
    }

    // ---- headers ----

    private void authorization(Operation operation, String path, Map<String, String> headers, List<String> what) {
        int roll = random.nextInt(100);
        if (roll < 12) {
            String refused = pick(tokens.refused);
            headers.put("Authorization", refused);
            what.add("authorization " + abbreviate(refused));
        } else if (roll < 16) {
            what.add("no authorization");
        } else {
            List<String> roles = operation.roles().isEmpty() || roll < 26 ? List.copyOf(tokens.roles()) : operation.roles();
            String role = pick(roles);
            if (operation.path().startsWith("/api/tasks/{id}") && random.nextBoolean()) {
                // the user holding the task, or else the role whose inbox lists it: the ones that may work on it
                role = holder(path.split("/")[3]).orElseGet(() -> pick(WORKFLOW_ROLES));
            }
            if (operation.path().startsWith("/api/notices/{id}") && random.nextBoolean()) {
                role = knowledge.noticeOwner.getOrDefault(path.split("/")[3], role);
            }
            headers.put("Authorization", "Bearer " + tokens.of(role));
            what.add("as " + role);
        }
    }

    /** The role of the demo user a task is assigned to, else of the inbox that lists it, if known. */
    private Optional<String> holder(String task) {
        String assignee = knowledge.tasks.getOrDefault(task, NODES.objectNode()).path("assignee").asText("");
        return Tokens.USER_BY_ROLE.entrySet().stream().filter(e -> e.getValue().equals(assignee)).map(Map.Entry::getKey)
                .findFirst().or(() -> Optional.ofNullable(knowledge.inbox.get(task)));
    }

    private void accept(Map<String, String> headers, List<String> what) {
        if (random.nextInt(100) < 15) {
            String accept = pick(ACCEPTS);
            headers.put("Accept", accept);
            what.add("accept " + accept);
        }
    }

    // ---- bodies ----

    private byte[] body(Operation operation, String path, Map<String, String> headers, List<String> what) {
        if (operation.bodies().isEmpty()) {
            if (random.nextInt(100) < 5) {
                headers.put("Content-Type", "application/json");
                what.add("unexpected body");
                return "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);
            }
            return null;
        }
        String mediaType = pick(List.copyOf(operation.bodies().keySet()));
        byte[] body;
        if (mediaType.equals("multipart/form-data")) {
            body = Multipart.body(this, operation, headers, what);
        } else if (mediaType.startsWith("text/")) {
            headers.put("Content-Type", mediaType + (random.nextBoolean() ? "; charset=UTF-8" : ""));
            body = csv(operation, what);
        } else {
            headers.put("Content-Type", "application/json");
            body = json(operation, path, what);
        }
        if (random.nextInt(100) < 6) {
            String type = random.nextInt(5) == 0 ? null : pick(CONTENT_TYPES);
            if (type == null) {
                headers.remove("Content-Type");
            } else {
                headers.put("Content-Type", type);
            }
            what.add("content-type " + type);
        }
        return body;
    }

    private byte[] json(Operation operation, String path, List<String> what) {
        JsonNode schema = operation.bodies().values().iterator().next();
        JsonNode body = valid(schema, "", "", 0);
        if (body instanceof ObjectNode object) {
            completion(operation, path, object);
            report(operation, path, object);
            Long version = knowledge.versions.get(path);
            if (version != null && api.resolve(schema).path("properties").has("version")) {
                object.put("version", version);
            }
        }
        if (random.nextInt(100) < 50) {
            what.add("valid body");
            return write(body, Map.of());
        }
        return mutate(body, api.resolve(schema), what);
    }

    /** A report gives an actual value for each results indicator of its project. */
    private void report(Operation operation, String path, ObjectNode body) {
        if (!operation.path().equals("/api/report-obligations/{id}/reports")) {
            return;
        }
        ArrayNode values = body.putArray("indicators");
        knowledge.awaitedReports.getOrDefault(path.split("/")[3], List.of()).forEach(indicator ->
                values.addObject().put("indicatorId", Long.parseLong(indicator)).put("actual", random.nextInt(1000)));
    }

    /** A task's completion uses one of the outcomes the task offers, with the fields that outcome declares. */
    private void completion(Operation operation, String path, ObjectNode body) {
        if (!operation.path().equals("/api/tasks/{id}/complete")) {
            return;
        }
        String taskId = path.split("/")[3];
        JsonNode task = knowledge.tasks.get(taskId);
        if (task == null || task.path("outcomes").isEmpty()) {
            return;
        }
        JsonNode outcome = task.path("outcomes").get(random.nextInt(task.path("outcomes").size()));
        body.put("outcome", outcome.path("id").asText());
        ObjectNode fields = body.putObject("fields");
        for (JsonNode field : outcome.path("fields")) {
            if (!field.path("required").asBoolean() && random.nextBoolean()) {
                continue;
            }
            String name = field.path("name").asText();
            switch (field.path("type").asText()) {
                case "DATE" -> fields.put(name, today.minusDays(random.nextInt(2)).toString());
                case "AGENCIES" -> {
                    ArrayNode agencies = fields.putArray(name);
                    List<String> known = knowledge.codes("agency");
                    agencies.add(known.isEmpty() ? "CA" : pick(known));
                }
                default -> fields.put(name, text(Math.max(5, Math.min(200, field.path("maxLength").asInt(200)))));
            }
        }
    }

    JsonNode valid(JsonNode schemaRef, String owner, String property, int depth) {
        String name = OpenApiModel.refName(schemaRef);
        String schemaName = name.isEmpty() ? owner : name;
        JsonNode schema = api.resolve(schemaRef);
        JsonNode hinted = hint(schemaName, property, schema);
        if (hinted != null) {
            return hinted;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").asText("object");
        if (type.equals("object") && depth < 6) {
            ObjectNode object = NODES.objectNode();
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            schema.path("properties").fields().forEachRemaining(p -> {
                if (p.getValue().path("readOnly").asBoolean() || p.getKey().equals("id")) {
                    return;
                }
                if (required.contains(p.getKey()) || random.nextInt(100) < 60) {
                    object.set(p.getKey(), valid(p.getValue(), schemaName, p.getKey(), depth + 1));
                }
            });
            consistent(schemaName, object);
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            int size = Math.max(schema.path("minItems").asInt(0), 1 + random.nextInt(2));
            for (int i = 0; i < size; i++) {
                JsonNode item = valid(schema.path("items"), schemaName, property, depth + 1);
                if (!schema.path("uniqueItems").asBoolean() || !contains(array, item)) {
                    array.add(item);
                }
            }
            return array;
        }
        return scalar(schema, property, schemaName);
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode existing : array) {
            if (existing.equals(item)) {
                return true;
            }
        }
        return false;
    }

    /** Values a schema cannot express: codes and ids that exist, dates in order, shares that sum to 100. */
    private JsonNode hint(String schemaName, String property, JsonNode schema) {
        return switch (property) {
            case "ngoId" -> knowledge.readable("/api/ngos").isEmpty() ? null : NODES.numberNode(Long.parseLong(pick(knowledge.readable("/api/ngos"))));
            case "locations" -> NODES.arrayNode().add(code("adminUnit", "TN-GODAU"));
            case "unitCode", "parentCode" -> NODES.textNode(code("adminUnit", "TN"));
            case "orgUnit" -> NODES.textNode(code("orgUnit", "STC"));
            case "roles" -> NODES.arrayNode().add(pick(List.copyOf(Tokens.USER_BY_ROLE.keySet())));
            case "currency" -> NODES.textNode(pick(new String[]{"USD", "VND", "EUR", "USD"}));
            case "country" -> NODES.textNode(pick(new String[]{"US", "VN", "GB", "JP", "DE"}));
            case "username" -> schemaName.equals("Credentials")
                    ? NODES.textNode(pick(List.copyOf(Tokens.USER_BY_ROLE.values())))
                    : NODES.textNode("fz." + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
            case "password" -> NODES.textNode(schemaName.equals("Credentials") && random.nextBoolean() ? Tokens.PASSWORD
                    : "Mật-khẩu-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
            case "newPassword" -> NODES.textNode("Mật-khẩu-mới-" + random.nextInt(1_000_000));
            case "active" -> NODES.booleanNode(random.nextInt(4) != 0);
            case "sectors" -> sectors();
            case "code" -> switch (schemaName) {
                case "SectorShareInput" -> NODES.textNode(code("sector", "HEALTH"));
                case "Sector" -> NODES.textNode("FZ_" + upper(6));
                case "OrgUnit" -> NODES.textNode("FZ" + upper(5));
                case "AdminUnit" -> NODES.textNode("FZ-" + upper(6));
                default -> null;
            };
            case "crsCode" -> NODES.textNode(String.valueOf(10000 + random.nextInt(89999)));
            case "workflowRoles" -> NODES.textNode(pick(new String[]{"", "officer", "consultee", "appraiser,approver"}));
            case "year" -> NODES.numberNode(2150 + random.nextInt(51));
            // A holiday or a rate is only ever added far in the future: due dates and conversions of a run stay as they were.
            case "day" -> NODES.textNode(LocalDate.of(2091 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
            case "date" -> NODES.textNode(schemaName.equals("ExchangeRate")
                    ? LocalDate.of(2091 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString()
                    : today.toString());
            case "contactEmail" -> NODES.textNode("lien.he" + random.nextInt(1000) + "@example.org");
            case "version" -> null;
            default -> null;
        };
    }

    private ArrayNode sectors() {
        List<String> known = knowledge.codes("sector");
        ArrayNode sectors = NODES.arrayNode();
        int count = known.size() > 1 && random.nextBoolean() ? 2 : 1;
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            String code = known.isEmpty() ? "HEALTH" : pick(known);
            if (!chosen.contains(code)) {
                chosen.add(code);
            }
        }
        int first = count == 1 ? 100 : 1 + random.nextInt(99);
        sectors.addObject().put("code", chosen.get(0)).put("share", first);
        if (count == 2) {
            sectors.addObject().put("code", chosen.get(1)).put("share", 100 - first);
        }
        return sectors;
    }

    /** Dates in the order the domain wants them; a user with a workflow role belongs to an agency. */
    private void consistent(String schemaName, ObjectNode object) {
        if (USER_SCHEMAS.contains(schemaName) && !object.has("orgUnit")) {
            for (JsonNode role : object.path("roles")) {
                // an aid owner belongs to a unit too, like the workflow roles
                if (WORKFLOW_ROLES.contains(role.asText()) || role.asText().equals("aid-owner")) {
                    object.put("orgUnit", code("orgUnit", "STC"));
                    break;
                }
            }
        }
        if (object.has("plannedStart") || object.has("plannedEnd")) {
            LocalDate start = today.plusDays(random.nextInt(60));
            object.put("plannedStart", start.toString()).put("plannedEnd", start.plusDays(30 + random.nextInt(900)).toString());
        }
        if (object.has("certValidFrom") || object.has("certValidTo")) {
            object.put("certValidFrom", today.minusYears(1 + random.nextInt(3)).toString())
                    .put("certValidTo", today.plusYears(1 + random.nextInt(3)).toString());
        }
        if (object.has("validFrom")) {
            object.put("validFrom", today.minusYears(random.nextInt(10)).toString());
            if (object.has("validTo")) {
                object.put("validTo", today.plusYears(1 + random.nextInt(5)).toString());
            }
        }
        if (object.has("newPlannedEnd")) {
            object.put("newPlannedEnd", today.plusYears(1 + random.nextInt(3)).toString());
        }
    }

    private JsonNode scalar(JsonNode schema, String property, String schemaName) {
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = schema.path("type").asText("string");
        String pattern = schema.path("pattern").asText("");
        switch (type) {
            case "integer" -> {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(min + 100_000);
                return NODES.numberNode(min + (long) (random.nextDouble() * (max - min)));
            }
            case "number" -> {
                if (pattern.startsWith("^\\d{1,3}")) {
                    return NODES.numberNode(1 + random.nextInt(100));
                }
                int scale = pattern.contains("{1,8}") ? 6 : pattern.contains("{1,2}") ? 2 : 0;
                return NODES.numberNode(BigDecimal.valueOf(1 + random.nextInt(5_000_000), 0)
                        .add(BigDecimal.valueOf(random.nextInt(100), 2)).setScale(scale, java.math.RoundingMode.DOWN));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                String format = schema.path("format").asText("");
                if (format.equals("date")) {
                    return NODES.textNode(today.plusDays(random.nextInt(60) - 30).toString());
                }
                if (format.equals("date-time")) {
                    return NODES.textNode(today + "T03:00:00Z");
                }
                return NODES.textNode(switch (pattern) {
                    case "[A-Z]{3}" -> "USD";
                    case "[A-Z]{2}" -> "VN";
                    case "\\d{4}" -> String.valueOf(2021 + random.nextInt(6));
                    case "\\d{5}" -> String.valueOf(10000 + random.nextInt(89999));
                    case "vi|en" -> random.nextBoolean() ? "vi" : "en";
                    default -> text(Math.min(schema.path("maxLength").asInt(300), 300));
                });
            }
        }
    }

    private String text(int maxLength) {
        String text = pick(VIETNAMESE) + " " + (1 + random.nextInt(9999));
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }

    private String code(String kind, String fallback) {
        List<String> known = knowledge.codes(kind);
        return known.isEmpty() ? fallback : pick(known);
    }

    private String upper(int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        return code.toString();
    }

    // ---- mutations ----

    /** A place in the body: an object's field or an array's element. */
    private record Slot(JsonNode container, String field, int index) {
        JsonNode get() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    private static void slots(JsonNode node, List<Slot> into) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                into.add(new Slot(object, name, -1));
                slots(object.get(name), into);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                into.add(new Slot(array, null, i));
                slots(array.get(i), into);
            }
        }
    }

    private Slot slot(JsonNode body, java.util.function.Predicate<JsonNode> prefer) {
        List<Slot> all = new ArrayList<>();
        slots(body, all);
        if (all.isEmpty()) {
            return null;
        }
        List<Slot> preferred = all.stream().filter(s -> prefer.test(s.get())).toList();
        return pick(preferred.isEmpty() ? all : preferred);
    }

    private byte[] mutate(JsonNode valid, JsonNode schema, List<String> what) {
        JsonNode body = valid.deepCopy();
        Map<String, byte[]> raw = new LinkedHashMap<>();
        int kind = random.nextInt(17);
        Slot slot;
        switch (kind) {
            case 0 -> {
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                if (body instanceof ObjectNode object && !required.isEmpty()) {
                    String field = pick(required);
                    object.remove(field);
                    what.add("without " + field);
                } else {
                    what.add("body unchanged");
                }
            }
            case 1 -> {
                if (body instanceof ObjectNode object) {
                    String[] extras = {"unexpected", "id", "status", "owner", "__proto__", "version", "approved", "createdBy"};
                    String field = pick(extras);
                    object.set(field, pick(new JsonNode[]{NODES.textNode("APPROVED"), NODES.numberNode(1), NODES.objectNode(),
                            NODES.textNode("admin"), NODES.booleanNode(true)}));
                    what.add("extra field " + field);
                }
            }
            case 2 -> {
                slot = slot(body, n -> true);
                if (slot != null) {
                    JsonNode replacement = pick(new JsonNode[]{NODES.textNode("abc"), NODES.numberNode(12), NODES.booleanNode(true),
                            NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(1).add(2), NODES.objectNode().put("a", 1),
                            NODES.textNode("12"), NODES.textNode("true")});
                    slot.set(replacement);
                    what.add("wrong type at " + slotName(slot) + ": " + replacement);
                }
            }
            case 3 -> {
                slot = slot(body, n -> true);
                if (slot != null) {
                    slot.set(NODES.nullNode());
                    what.add("null at " + slotName(slot));
                }
            }
            case 4, 15 -> {
                slot = slot(body, JsonNode::isNumber);
                if (slot != null) {
                    String number = kind == 15 ? "-" + (1 + random.nextInt(1000)) : pick(RAW_NUMBERS);
                    slot.set(NODES.textNode(marker(raw, number.getBytes(StandardCharsets.UTF_8), true)));
                    what.add("number " + abbreviate(number) + " at " + slotName(slot));
                }
            }
            case 5 -> {
                slot = slot(body, JsonNode::isTextual);
                if (slot != null) {
                    String text = switch (random.nextInt(4)) {
                        case 0 -> pick(VIETNAMESE).repeat(1 + 320 / 30);
                        case 1 -> "Đ".repeat(10_001);
                        case 2 -> "ư".repeat(300_000);
                        default -> pick(STRANGE_TEXT);
                    };
                    slot.set(NODES.textNode(text));
                    what.add("text " + abbreviate(text) + " (" + text.length() + " chars) at " + slotName(slot));
                }
            }
            case 6 -> {
                slot = slot(body, JsonNode::isTextual);
                if (slot != null) {
                    String escaped = pick(new String[]{"\"abc\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\"", "\"a\\u0000b\"", "\"\\u001f\""});
                    slot.set(NODES.textNode(marker(raw, escaped.getBytes(StandardCharsets.US_ASCII), true)));
                    what.add("escaped " + escaped + " at " + slotName(slot));
                }
            }
            case 7 -> {
                slot = slot(body, JsonNode::isTextual);
                if (slot != null) {
                    byte[] bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
                    slot.set(NODES.textNode("Nước" + marker(raw, bad, false) + "sạch"));
                    what.add("invalid UTF-8 " + HexFormat.of().formatHex(bad) + " at " + slotName(slot));
                }
            }
            case 8 -> {
                slot = slot(body, n -> n.isTextual() && n.asText().matches("\\d{4}-\\d{2}-\\d{2}"));
                if (slot != null) {
                    String date = pick(DATES);
                    slot.set(NODES.textNode(date));
                    what.add("date " + date + " at " + slotName(slot));
                }
            }
            case 9 -> {
                slot = slot(body, JsonNode::isObject);
                if (slot != null && random.nextBoolean()) {
                    slot.set(NODES.arrayNode().add(slot.get()));
                    what.add("array for the object at " + slotName(slot));
                } else {
                    what.add("body in an array");
                    body = NODES.arrayNode().add(body);
                }
            }
            case 10 -> {
                slot = slot(body, JsonNode::isArray);
                if (slot != null) {
                    slot.set(NODES.objectNode().set("0", slot.get().path(0)));
                    what.add("object for the array at " + slotName(slot));
                }
            }
            case 11 -> {
                String whole = pick(WHOLE_BODIES);
                what.add("body " + abbreviate(whole));
                return whole.getBytes(StandardCharsets.UTF_8);
            }
            case 12 -> {
                String tail = pick(new String[]{" {\"x\":1}", "]", "garbage", "\u0000", "\n\n}", ",", "{}"});
                what.add("trailing " + abbreviate(tail));
                return concat(write(body, raw), tail.getBytes(StandardCharsets.UTF_8));
            }
            case 13 -> {
                byte[] whole = write(body, raw);
                int cut = whole.length <= 1 ? 0 : random.nextInt(whole.length - 1);
                what.add("cut after " + cut + " bytes");
                return Arrays.copyOf(whole, cut);
            }
            case 14 -> {
                byte[] whole = write(body, raw);
                String text = new String(whole, StandardCharsets.UTF_8);
                if (body instanceof ObjectNode object && object.size() > 0 && text.endsWith("}")) {
                    String field = object.fieldNames().next();
                    what.add("duplicate " + field);
                    return (text.substring(0, text.length() - 1) + ",\"" + field + "\":[\"dup\"]}").getBytes(StandardCharsets.UTF_8);
                }
                return whole;
            }
            default -> {
                if (body instanceof ObjectNode object) {
                    JsonNode deep = NODES.numberNode(1);
                    for (int i = 0; i < 400; i++) {
                        deep = NODES.objectNode().set("a", deep);
                    }
                    object.set("nested", deep);
                    what.add("deeply nested extra field");
                }
            }
        }
        return write(body, raw);
    }

    private static String slotName(Slot slot) {
        return slot.field() != null ? slot.field() : "[" + slot.index() + "]";
    }

    /** Marks where raw bytes go: a whole value ({@code quoted}) or bytes inside a string. */
    private String marker(Map<String, byte[]> raw, byte[] bytes, boolean quoted) {
        String marker = "@@RAW" + (raws++) + "@@";
        raw.put(quoted ? "\"" + marker + "\"" : marker, bytes);
        return marker;
    }

    static byte[] write(JsonNode body, Map<String, byte[]> raw) {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        while (true) {
            int next = -1;
            String found = null;
            for (String marker : raw.keySet()) {
                int at = text.indexOf(marker, from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    found = marker;
                }
            }
            if (found == null) {
                out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
                return out.toByteArray();
            }
            out.writeBytes(text.substring(from, next).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(raw.get(found));
            from = next + found.length();
        }
    }

    // ---- CSV imports ----

    private byte[] csv(Operation operation, List<String> what) {
        boolean rates = operation.path().contains("exchange-rates");
        String header = rates ? "currency,date,unitsPerUsd,source" : "unitCode,year,population,source";
        StringBuilder csv = new StringBuilder(header).append('\n');
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            csv.append(rates
                    ? pick(new String[]{"EUR", "VND", "JPY"}) + "," + LocalDate.of(2091 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    + "," + (1 + random.nextInt(30000)) + "." + random.nextInt(100) + ",Nguồn thử nghiệm " + i
                    : code("adminUnit", "TN") + "," + (2150 + random.nextInt(51)) + "," + random.nextInt(2_000_000) + ",Niên giám thống kê")
                    .append('\n');
        }
        if (random.nextInt(100) < 40) {
            what.add("valid CSV");
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        }
        String[] fields = csv.toString().split("\n")[1].split(",", -1);
        int column = random.nextInt(fields.length);
        String bad = pick(new String[]{"", "\u0000", "abc\u0000", "1e400", "-1", "99999999999999999999999", "\"unclosed",
                "a\"b", "2026-02-30", "Đ".repeat(5000), "\u001b", "=cmd|' /C calc'!A0", "  ", "1,5"});
        fields[column] = bad;
        String line = String.join(",", fields);
        String body = switch (random.nextInt(6)) {
            case 0 -> header + "\n" + line + "\n";
            case 1 -> header + "\r" + line + "\r";
            case 2 -> "\uFEFF" + header + "\n" + line;
            case 3 -> header + "\n";
            case 4 -> header + "\n" + line + ",extra,columns,,,\n";
            default -> line + "\n";
        };
        what.add("CSV with " + abbreviate(bad) + " in column " + column);
        if (random.nextInt(5) == 0) {
            byte[] invalid = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
            what.add("invalid UTF-8 " + HexFormat.of().formatHex(invalid));
            return concat(body.getBytes(StandardCharsets.UTF_8), invalid);
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    // ---- requests outside the document ----

    private FuzzRequest strangeMethodOrPath() {
        Operation operation = pick(api.operations);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + tokens.of(pick(List.copyOf(tokens.roles()))));
        if (random.nextBoolean()) {
            String method = pick(new String[]{"PATCH", "PUT", "DELETE", "POST", "OPTIONS", "GET"});
            String path = path(operation, false, new ArrayList<>());
            return new FuzzRequest(method, path, headers, null, "method " + method + " on " + operation.path());
        }
        String path = pick(new String[]{"/api/nope", "/api/proposals/1/nope", "/api/", "/api//proposals", "/api/proposals/%00",
                "/api/tasks/%2e%2e/%2e%2e", "/api/proposals;jsessionid=1", "/api/" + "a/".repeat(500)});
        return new FuzzRequest("GET", path, headers, null, "path outside the document");
    }

    // ---- helpers ----

    Random random() {
        return random;
    }

    Knowledge knowledge() {
        return knowledge;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        StringBuilder escaped = new StringBuilder();
        shown.codePoints().forEach(c -> escaped.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
        return escaped.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
