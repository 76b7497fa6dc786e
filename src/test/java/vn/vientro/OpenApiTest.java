package vn.vientro;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vientro.common.OpenApiResponses;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.*;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The OpenAPI document against the code: every JAX-RS resource method of {@code vn.vientro} is an operation
 * that documents exactly the codes it can answer (its success code, 401/403 when secured and only then, 400 with
 * input, 404 with an id in its path, 415 with a body, and the specific ones below), each 4xx with the Problem
 * schema. Then real requests provoke each code and the operation they reach must document it.
 */
@QuarkusTest
class OpenApiTest {

    /** The success code of the methods that build their own {@link Response}; any other method answers 200. */
    static final Map<String, Integer> RESPONSE_SUCCESS = Map.ofEntries(
            Map.entry("ProposalResource.create", 201), Map.entry("ProposalResource.deleteDraft", 204),
            Map.entry("ProposalResource.upload", 201), Map.entry("ProposalResource.download", 200),
            Map.entry("ProposalResource.removeDocument", 204),
            Map.entry("TaskResource.unclaim", 204), Map.entry("TaskResource.complete", 204),
            Map.entry("ProjectResource.record", 201), Map.entry("ProjectResource.reverse", 201),
            Map.entry("AmendmentResource.request", 201),
            Map.entry("ImportResource.template", 200),
            Map.entry("ReportResource.annual", 200), Map.entry("ReportResource.period", 200),
            Map.entry("IatiResource.project", 200), Map.entry("IatiResource.year", 200),
            Map.entry("MinistryReportResource.workbook", 200), Map.entry("MinistryReportResource.letter", 200),
            Map.entry("GeneratedDocumentResource.generate", 200),
            Map.entry("IndicatorResource.deleteRate", 204),
            Map.entry("ReferenceResource.create", 201), Map.entry("ReferenceResource.delete", 204),
            Map.entry("UserResource.create", 201), Map.entry("ReportingResource.submit", 201),
            Map.entry("ReportingResource.attach", 201), Map.entry("ReportingResource.attachment", 200),
            Map.entry("ReportingResource.removeAttachment", 204));

    /**
     * What an operation answers beyond the generic codes, by the method that declares it: the service's conflicts
     * (409), the document limits (413, 415), missing exchange rates (422), the token endpoint's wrong password.
     */
    static final Map<String, Set<Integer>> SPECIFIC = Map.ofEntries(
            Map.entry("ProposalResource.update", Set.of(409)), Map.entry("ProposalResource.deleteDraft", Set.of(409)),
            Map.entry("ProposalResource.submit", Set.of(409)), Map.entry("ProposalResource.upload", Set.of(409, 413)),
            Map.entry("ProposalResource.removeDocument", Set.of(409)),
            Map.entry("TaskResource.get", Set.of(409)), Map.entry("TaskResource.claim", Set.of(409)),
            Map.entry("TaskResource.unclaim", Set.of(409)), Map.entry("TaskResource.complete", Set.of(409)),
            Map.entry("ProjectResource.ledger", Set.of(409)), Map.entry("ProjectResource.record", Set.of(409, 422)),
            Map.entry("ProjectResource.reverse", Set.of(409)),
            Map.entry("AmendmentResource.request", Set.of(409)),
            Map.entry("ReportResource.annual", Set.of(422)), Map.entry("ReportResource.period", Set.of(422)),
            Map.entry("IatiResource.project", Set.of(409)), Map.entry("IatiResource.year", Set.of(404)),
            Map.entry("MinistryReportResource.workbook", Set.of(404, 422)),
            Map.entry("MinistryReportResource.letter", Set.of(404, 422)),
            Map.entry("ProjectStartResource.confirm", Set.of(409)),
            Map.entry("DashboardResource.dashboard", Set.of(422)),
            Map.entry("GeneratedDocumentResource.generate", Set.of(409, 422)),
            Map.entry("ReferenceResource.create", Set.of(409)), Map.entry("ReferenceResource.update", Set.of(409)),
            Map.entry("ReferenceResource.delete", Set.of(409)),
            Map.entry("UserResource.create", Set.of(409)),
            Map.entry("AuthResource.token", Set.of(401, 429)),
            Map.entry("ReportingResource.changeRule", Set.of(409)), Map.entry("ReportingResource.submit", Set.of(409)),
            Map.entry("ReportingResource.attach", Set.of(409, 413)),
            Map.entry("ReportingResource.removeAttachment", Set.of(409)),
            Map.entry("IndicatorsResource.defineIndicators", Set.of(409)),
            Map.entry("ProposalResource.signedDecision", Set.of(409, 413)));

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One JAX-RS resource method as the server exposes it. */
    record Endpoint(String verb, String path, Class<?> resource, Method method) {

        String key() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }

        @Override
        public String toString() {
            return verb.toUpperCase(Locale.ROOT) + " " + path + " (" + resource.getSimpleName() + "." + method.getName() + ")";
        }

        boolean secured() {
            if (method.isAnnotationPresent(PermitAll.class)) {
                return false;
            }
            if (method.isAnnotationPresent(RolesAllowed.class)) {
                return true;
            }
            // class level, else deny-unannotated-endpoints: both answer 401 and 403
            return !method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
        }

        boolean hasBody() {
            return Arrays.stream(method.getParameters()).anyMatch(Endpoint::isBody)
                    || Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(RestForm.class)
                    || p.isAnnotationPresent(FormParam.class));
        }

        boolean hasParameters() {
            return Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(QueryParam.class)
                    || p.isAnnotationPresent(PathParam.class) || p.isAnnotationPresent(RestQuery.class)
                    || p.isAnnotationPresent(RestPath.class) || p.isAnnotationPresent(HeaderParam.class));
        }

        boolean hasPathId() {
            return Arrays.stream(method.getParameters()).map(p -> p.getAnnotation(PathParam.class)).filter(Objects::nonNull)
                    .anyMatch(p -> p.value().equals("id") || p.value().endsWith("Id"));
        }

        int success() {
            if (method.getReturnType() == void.class) {
                return 204;
            }
            if (method.getReturnType() == Response.class) {
                Integer code = RESPONSE_SUCCESS.get(key());
                assertThat(code).as("%s builds its own Response: say its success code in RESPONSE_SUCCESS", this).isNotNull();
                return code;
            }
            return 200;
        }

        /** Exactly the codes the operation can answer, by the rules OpenApiResponses documents them with. */
        Set<Integer> answers() {
            Set<Integer> codes = new TreeSet<>();
            codes.add(success());
            if (secured()) {
                codes.addAll(List.of(401, 403));
            }
            if (hasBody() || hasParameters()) {
                codes.add(400);
            }
            if (hasPathId()) {
                codes.add(404);
            }
            if (hasBody()) {
                codes.add(415);
            }
            if (path.startsWith("/api/")) {
                codes.add(503);   // the database away (DatabaseOutageTest provokes it)
            }
            codes.addAll(SPECIFIC.getOrDefault(key(), Set.of()));
            return codes;
        }

        /** Downloads: a method that produces neither JSON nor the wildcard JSON default. */
        Set<String> producesFiles() {
            Produces produces = method.getAnnotation(Produces.class);
            if (produces == null) {
                return Set.of();
            }
            return Arrays.stream(produces.value()).filter(t -> !t.contains("json")).collect(Collectors.toSet());
        }

        private static boolean isBody(Parameter p) {
            for (Annotation a : p.getAnnotations()) {
                Class<? extends Annotation> type = a.annotationType();
                if (type == QueryParam.class || type == PathParam.class || type == HeaderParam.class || type == CookieParam.class
                        || type == MatrixParam.class || type == FormParam.class || type == BeanParam.class || type == Context.class
                        || type.getPackageName().equals("org.jboss.resteasy.reactive")) {
                    return false;
                }
            }
            return true;
        }
    }

    static List<Endpoint> endpoints;
    static JsonPath document;

    @BeforeAll
    static void walk() throws IOException, URISyntaxException, ClassNotFoundException {
        endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                assertThat(verb != null || !method.isAnnotationPresent(Path.class))
                        .as("%s is a sub-resource locator: walk the sub-resource too", method).isTrue();
                if (verb == null || isHidden(method)) {
                    continue;
                }
                endpoints.add(new Endpoint(verb.toLowerCase(Locale.ROOT),
                        join(resource.getAnnotation(Path.class).value(), method.isAnnotationPresent(Path.class)
                                ? method.getAnnotation(Path.class).value() : ""), resource, method));
            }
        }
    }

    static JsonPath document() {
        if (document == null) {
            document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        }
        return document;
    }

    /** Every concrete class of {@code vn.vientro} with {@code @Path}, read from the compiled classes. */
    static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of(OpenApiResponses.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("vn/vientro"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static boolean isHidden(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && operation.hidden();
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Map<String, Object> operation(String verb, String path) {
        Map<String, Map<String, Object>> paths = document().getMap("paths");
        Map<String, Object> item = paths.get(path);
        return item == null ? null : asMap(item.get(verb));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Set<Integer> documented(Map<String, Object> operation) {
        return asMap(operation.get("responses")).keySet().stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theWalkFindsTheResources() {
        assertThat(endpoints).hasSizeGreaterThan(60);
        assertThat(endpoints).extracting(Endpoint::toString).contains(
                "POST /api/auth/token (AuthResource.token)", "DELETE /api/ngos/{id} (NgoResource.delete)",
                "POST /api/projects/{id}/disbursements/{entryId}/reversal (ProjectResource.reverse)",
                "GET /api/proposals/{id}/documents/{documentId} (ProposalResource.download)");
        assertThat(endpoints).noneMatch(e -> e.resource().getSimpleName().equals("WebAppResource"));
        assertThat(RESPONSE_SUCCESS.keySet().stream().filter(k -> endpoints.stream().noneMatch(e -> e.key().equals(k))))
                .as("RESPONSE_SUCCESS names methods that no longer exist").isEmpty();
        assertThat(SPECIFIC.keySet().stream().filter(k -> endpoints.stream().noneMatch(e -> e.key().equals(k))))
                .as("SPECIFIC names methods that no longer exist").isEmpty();
    }

    @Test
    void everyOperationDocumentsExactlyTheCodesItAnswers() {
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Map<String, Object> operation = operation(endpoint.verb(), endpoint.path());
            if (operation == null) {
                problems.add(endpoint + ": not in the document");
                continue;
            }
            Set<Integer> documented = documented(operation);
            Set<Integer> answers = endpoint.answers();
            if (!documented.contains(endpoint.success())) {
                problems.add(endpoint + ": success code " + endpoint.success() + " missing, documents " + documented);
            }
            if (documented.stream().anyMatch(c -> c >= 200 && c < 300 && c != endpoint.success())) {
                problems.add(endpoint + ": documents a success code it never answers: " + documented);
            }
            if (endpoint.secured() && !documented.containsAll(List.of(401, 403))) {
                problems.add(endpoint + ": secured but does not document 401 and 403: " + documented);
            }
            if (endpoint.secured() != (operation.get("security") != null)) {
                problems.add(endpoint + ": security requirement " + operation.get("security") + " but secured=" + endpoint.secured());
            }
            if (!endpoint.secured() && documented.contains(403)) {
                problems.add(endpoint + ": public but documents 403");
            }
            if (!endpoint.secured() && documented.contains(401) && !SPECIFIC.getOrDefault(endpoint.key(), Set.of()).contains(401)) {
                problems.add(endpoint + ": public but documents 401");
            }
            Set<Integer> missing = new TreeSet<>(answers);
            missing.removeAll(documented);
            Set<Integer> extra = new TreeSet<>(documented);
            extra.removeAll(answers);
            if (!missing.isEmpty()) {
                problems.add(endpoint + ": answers " + missing + " but does not document it");
            }
            if (!extra.isEmpty()) {
                problems.add(endpoint + ": documents " + extra + ", which it never answers");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDocumentHasNoOperationWithoutAMethod() {
        Set<String> walked = endpoints.stream().map(e -> e.verb() + " " + e.path()).collect(Collectors.toSet());
        Map<String, Map<String, Object>> paths = document().getMap("paths");
        List<String> unknown = new ArrayList<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(verb -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(verb))
                .filter(verb -> !walked.contains(verb + " " + path)).forEach(verb -> unknown.add(verb + " " + path)));
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyProblemAnswerIsTheProblemSchema() {
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Map<String, Object> operation = operation(endpoint.verb(), endpoint.path());
            if (operation == null) {
                continue;
            }
            asMap(operation.get("responses")).forEach((code, value) -> {
                Map<String, Object> content = asMap(asMap(value).get("content"));
                if (code.startsWith("4") || code.startsWith("5")) {
                    Object ref = content == null || content.get("application/problem+json") == null ? null
                            : asMap(asMap(content.get("application/problem+json")).get("schema")).get("$ref");
                    if (!"#/components/schemas/Problem".equals(ref) || content.size() != 1) {
                        problems.add(endpoint + " " + code + ": " + content);
                    }
                } else if (content != null && content.containsKey("application/problem+json")) {
                    problems.add(endpoint + " " + code + ": a success is not a problem: " + content.keySet());
                }
                if (asMap(value).get("description") == null) {
                    problems.add(endpoint + " " + code + ": no description");
                }
            });
        }
        assertThat(problems).isEmpty();
        assertThat(document().getMap("components.schemas.Problem.properties")).containsKeys("status", "title", "detail", "code", "values", "violations");
        assertThat(document().getMap("components.schemas.Problem.properties.violations.items.properties"))
                .containsOnlyKeys("field", "in", "code", "values", "message");
        assertThat(document().getMap("components.schemas")).doesNotContainKeys("HttpProblem", "HttpValidationProblem");
        assertThat(document().getMap("components.schemas.Problem.properties")).containsKeys("errors", "missingRates");
    }

    @Test
    void downloadsDocumentTheirMediaTypes() {
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Set<String> files = endpoint.producesFiles();
            if (files.isEmpty()) {
                continue;
            }
            Map<String, Object> ok = asMap(asMap(operation(endpoint.verb(), endpoint.path()).get("responses")).get("200"));
            Map<String, Object> content = ok == null ? null : asMap(ok.get("content"));
            if (content == null || content.isEmpty() || content.containsKey(MediaType.APPLICATION_JSON)
                    || content.containsKey(MediaType.WILDCARD)
                    || !files.contains(MediaType.WILDCARD) && !content.keySet().containsAll(files)) {
                problems.add(endpoint + ": 200 documents " + (content == null ? null : content.keySet()) + ", produces " + files);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(asMap(asMap(operation("get", "/api/proposals/{id}/documents/{documentId}").get("responses")).get("200"))
                .get("content").toString()).contains("application/pdf", "image/png", XLSX);
    }

    // Real requests: each provokes a code, and the operation it reached must document that code.

    private static void answers(int code, String verb, String path, io.restassured.response.Response response) {
        assertThat(response.statusCode()).as("%s %s answered %s", verb, path, response.asString()).isEqualTo(code);
        if (code >= 400) {
            assertThat(response.contentType()).as("%s %s", verb, path).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("code")).as("%s %s", verb, path).isNotBlank();
        }
        Map<String, Object> operation = operation(verb, path);
        assertThat(operation).as("%s %s in the document", verb, path).isNotNull();
        assertThat(documented(operation)).as("%s %s documents %s", verb, path, code).contains(code);
    }

    @Test
    void theCodesOfProposalsAreDocumented() {
        var created = as(OFFICER).body(proposal("PROJECT", "Đề xuất kiểm tra tài liệu OpenAPI")).post("/api/proposals");
        answers(201, "post", "/api/proposals", created);
        long id = created.jsonPath().getLong("id");

        answers(400, "post", "/api/proposals", as(OFFICER).body("[]").post("/api/proposals"));
        answers(400, "get", "/api/proposals", as(OFFICER).queryParam("size", -1).get("/api/proposals"));
        answers(401, "get", "/api/proposals", given().get("/api/proposals"));
        answers(403, "post", "/api/proposals", as(APPRAISER).body(proposal("PROJECT", "Không được tạo")).post("/api/proposals"));
        answers(404, "get", "/api/proposals/{id}", as(OFFICER).get("/api/proposals/987654321"));
        answers(415, "post", "/api/proposals", as(OFFICER).contentType(ContentType.TEXT).body("titleVi=x").post("/api/proposals"));

        answers(413, "post", "/api/proposals/{id}/documents", upload(OFFICER).multiPart("type", "PROJECT_DOCUMENT")
                .multiPart("file", "qua-lon.pdf", pdf(10 * 1024 * 1024 + 1), "application/pdf")
                .post("/api/proposals/" + id + "/documents"));
        answers(415, "post", "/api/proposals/{id}/documents", upload(OFFICER).multiPart("type", "PROJECT_DOCUMENT")
                .multiPart("file", "ghi-chu.txt", "chỉ là văn bản".getBytes(), "text/plain")
                .post("/api/proposals/" + id + "/documents"));
        var stored = upload(OFFICER).multiPart("type", "PROJECT_DOCUMENT")
                .multiPart("file", "van-kien.pdf", pdf(100), "application/pdf").post("/api/proposals/" + id + "/documents");
        answers(201, "post", "/api/proposals/{id}/documents", stored);
        long documentId = stored.jsonPath().getLong("id");
        var download = as(OFFICER).get("/api/proposals/" + id + "/documents/" + documentId);
        answers(200, "get", "/api/proposals/{id}/documents/{documentId}", download);
        assertThat(download.contentType()).startsWith("application/pdf");
        answers(404, "get", "/api/proposals/{id}/documents/{documentId}",
                as(OFFICER).get("/api/proposals/" + id + "/documents/987654321"));

        answers(200, "post", "/api/proposals/{id}/submit", as(OFFICER).post("/api/proposals/" + id + "/submit"));
        answers(409, "post", "/api/proposals/{id}/submit", as(OFFICER).post("/api/proposals/" + id + "/submit"));
        answers(409, "delete", "/api/proposals/{id}", as(OFFICER).delete("/api/proposals/" + id));
        answers(409, "delete", "/api/proposals/{id}/documents/{documentId}",
                as(OFFICER).delete("/api/proposals/" + id + "/documents/" + documentId));

        long draft = createDraft(proposal("PROJECT", "Bản nháp sẽ xoá"));
        answers(204, "delete", "/api/proposals/{id}", as(OFFICER).delete("/api/proposals/" + draft));
    }

    @Test
    void theCodesOfTasksReferenceDataUsersAndSignInAreDocumented() {
        answers(401, "post", "/api/auth/token", given().contentType(ContentType.JSON)
                .body(Map.of("username", OFFICER, "password", "wrong password")).post("/api/auth/token"));
        answers(400, "post", "/api/auth/token", given().contentType(ContentType.JSON)
                .body(Map.of("username", "", "password", "")).post("/api/auth/token"));
        // From an address of its own (the test profile trusts one proxy), so no other test's sign-in waits.
        var wrong = given().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.77")
                .body(Map.of("username", "khong.co.openapi", "password", "wrong password"));
        for (int i = 0; i < 5; i++) {
            wrong.post("/api/auth/token").then().statusCode(401);
        }
        answers(429, "post", "/api/auth/token", wrong.post("/api/auth/token"));
        answers(403, "get", "/api/users", as(OFFICER).get("/api/users"));
        answers(409, "post", "/api/users", as(ADMIN).body(Map.of("username", OFFICER, "fullName", "Trùng tên",
                "password", "một câu mật khẩu đủ dài", "roles", List.of("leadership"))).post("/api/users"));
        answers(404, "put", "/api/users/{id}", as(ADMIN).body(Map.of("fullName", "Không có", "roles", List.of("leadership"),
                "active", true)).put("/api/users/987654321"));

        answers(401, "get", "/api/ngos", given().get("/api/ngos"));
        answers(403, "post", "/api/sectors", as(OFFICER).body(Map.of("code", "X")).post("/api/sectors"));
        answers(404, "get", "/api/sectors/{id}", as(OFFICER).get("/api/sectors/987654321"));
        answers(404, "delete", "/api/exchange-rates/{id}", as(ADMIN).delete("/api/exchange-rates/987654321"));
        answers(415, "post", "/api/exchange-rates/import", as(ADMIN).body(Map.of("csv", "x")).post("/api/exchange-rates/import"));

        long id = submitted("PROJECT", "Đề xuất kiểm tra công việc OpenAPI");
        String task = task(id, "checkDossier", APPRAISER);
        answers(200, "post", "/api/tasks/{id}/claim", as(APPRAISER).post("/api/tasks/" + task + "/claim"));
        answers(204, "post", "/api/tasks/{id}/unclaim", as(APPRAISER).post("/api/tasks/" + task + "/unclaim"));
        answers(409, "post", "/api/tasks/{id}/unclaim", as(APPRAISER).post("/api/tasks/" + task + "/unclaim"));
        answers(404, "get", "/api/tasks/{id}", as(APPRAISER).get("/api/tasks/no-such-task"));
        answers(400, "post", "/api/tasks/{id}/complete", as(APPRAISER).body("{\"outcome\": [1]}").post("/api/tasks/" + task + "/complete"));
        answers(204, "post", "/api/tasks/{id}/complete", completeTask(task, APPRAISER, "complete", Map.of()));
        answers(409, "post", "/api/tasks/{id}/complete", completeTask(task, APPRAISER, "complete", Map.of()));
        answers(403, "get", "/api/tasks", as(LEADERSHIP).get("/api/tasks"));
    }

    @Test
    void theCodesOfProjectsAndReportsAreDocumented() {
        long proposal = submitted("PROJECT", "Chưa phải dự án");
        answers(409, "post", "/api/projects/{id}/disbursements", as(OFFICER).body(Map.of("date", today().toString(),
                "amount", 10, "currency", "USD")).post("/api/projects/" + proposal + "/disbursements"));
        answers(404, "get", "/api/projects/{id}/amendments", as(OFFICER).get("/api/projects/987654321/amendments"));

        long project = approvedProject(proposal("PROJECT", "Dự án kiểm tra mã trả lời"), today().toString());
        answers(422, "post", "/api/projects/{id}/disbursements", as(OFFICER).body(Map.of("date", today().toString(),
                "amount", 10, "currency", unratedCurrency())).post("/api/projects/" + project + "/disbursements"));
        answers(201, "post", "/api/projects/{id}/disbursements", as(OFFICER).body(Map.of("date", today().toString(),
                "amount", 10, "currency", "USD")).post("/api/projects/" + project + "/disbursements"));
        answers(201, "post", "/api/projects/{id}/amendments", as(OFFICER).body(Map.of("newAmount", 20000,
                "reason", "Mở rộng")).post("/api/projects/" + project + "/amendments"));
        answers(409, "post", "/api/projects/{id}/amendments", as(OFFICER).body(Map.of("newAmount", 30000,
                "reason", "Lần nữa")).post("/api/projects/" + project + "/amendments"));

        var workbook = as(LEADERSHIP).get("/api/reports/annual/2000");
        answers(200, "get", "/api/reports/annual/{year}", workbook);
        assertThat(workbook.contentType()).startsWith(XLSX);
        answers(400, "get", "/api/reports/period", as(LEADERSHIP).queryParam("from", 2020).queryParam("to", 2010)
                .get("/api/reports/period"));
        answers(400, "get", "/api/dashboard/{year}", as(LEADERSHIP).get("/api/dashboard/abcd"));
        answers(403, "get", "/api/reports/annual/{year}", as(OFFICER).get("/api/reports/annual/2020"));
    }

    /** An accepted currency with no exchange rate on or before today (other tests add rates for some). */
    private static String unratedCurrency() {
        for (String currency : List.of("SGD", "AUD", "JPY", "CHF", "GBP", "KRW", "CAD")) {
            List<String> dates = as(ADMIN).queryParam("currency", currency).get("/api/exchange-rates").then()
                    .statusCode(200).extract().path("date");
            if (dates.stream().allMatch(d -> java.time.LocalDate.parse(d).isAfter(today()))) {
                return currency;
            }
        }
        throw new AssertionError("every currency has a rate");
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, content, 0, 9);
        return content;
    }
}
