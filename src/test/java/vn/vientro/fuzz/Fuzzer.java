package vn.vientro.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.vientro.fuzz.OpenApiModel.Operation;
import vn.vientro.fuzz.RequestGenerator.FuzzRequest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Pattern;

/**
 * Sends generated requests to a running service and checks every answer: never 5xx, every 4xx problem+json
 * without Java internals, and the service ready and serving afterwards. Before and during the run it learns ids
 * from the service's own lists, and makes data of its own (proposals taken through the workflow to an approved
 * project, a disbursement, a document) so requests reach the code behind the 404s.
 */
public final class Fuzzer {

    /** One answer that breaks a rule, with what is needed to send the request again. */
    public record Failure(int index, String rule, String method, String target, Map<String, String> headers, String body,
                          int status, String response, String what) {
        @Override
        public String toString() {
            return "#" + index + " " + rule + ": " + method + " " + target + " -> " + status + "\n  made as: " + what
                    + "\n  headers: " + headers + "\n  body: " + body + "\n  response: " + response;
        }
    }

    /**
     * {@code setupProblems}: what the fuzzer could not learn or prepare (a list it could not read, a proposal it could
     * not create or take to approval); requests then meet 404s and 409s and test less than they seem to.
     */
    public record Report(long seed, int requests, List<String> operations, SortedMap<String, Integer> byClass,
                         SortedMap<String, Integer> byOperation, int preparation, List<String> setupProblems,
                         List<Failure> failures, boolean healthyAfter, Duration duration) {
        public long fiveHundreds() {
            return failures.stream().filter(f -> f.rule().equals("5xx")).count();
        }

        /** The documented operations no generated request brought to a 2xx. */
        public List<String> without2xx() {
            return operations.stream().filter(op -> !byOperation.containsKey(op + " 2xx")).toList();
        }

        public String summary() {
            return "Generated requests: seed " + seed + ", " + requests + " requests (+" + preparation
                    + " to learn ids and prepare data) in " + duration.toSeconds() + " s; by status class " + byClass
                    + "; 5xx: " + fiveHundreds() + "; other failures: " + (failures.size() - fiveHundreds())
                    + "; setup problems: " + setupProblems.size() + "; documented operations without a 2xx: "
                    + without2xx().size() + " of " + operations.size() + "; healthy after: " + healthyAfter;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** -Dfuzz.trace=true prints every generated request and its status. */
    private static final boolean TRACE = Boolean.getBoolean("fuzz.trace");
    /** What an answer must never show a client: class names, stack frames, SQL states. */
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.(lang|util|io|time)\\.|com\\.fasterxml|org\\.hibernate|org\\.jboss|io\\.quarkus|io\\.vertx|vn\\.vientro\\."
                    + "|org\\.postgresql|PSQLException|SQLState|org\\.camunda|\\tat |Exception:|NullPointer");
    private static final String[] WORKFLOW_ROLES = {"officer", "appraiser", "consultee", "approver"};
    /** The operations that answer with a proposal, whose status says whether it is still a draft. */
    private static final Set<String> PROPOSAL_ANSWERS = Set.of("/api/proposals", "/api/proposals/{id}", "/api/proposals/{id}/submit");

    private final URI base;
    private final long seed;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Knowledge knowledge = new Knowledge();
    private final List<Failure> failures = new ArrayList<>();
    private final List<String> setupProblems = new ArrayList<>();
    private final SortedMap<String, Integer> byClass = new TreeMap<>();
    private final SortedMap<String, Integer> byOperation = new TreeMap<>();
    private Tokens tokens;
    private RequestGenerator generator;
    private OpenApiModel api;
    private int preparation;
    private int index;

    public Fuzzer(URI base, long seed) {
        this.base = base;
        this.seed = seed;
    }

    public Report run(int count) {
        long start = System.nanoTime();
        api = new OpenApiModel(json(call("GET", "/q/openapi?format=json", null, null)));
        Map<String, String> byRole = new LinkedHashMap<>();
        Tokens.USER_BY_ROLE.forEach((role, user) -> byRole.put(role, signIn(user)));
        tokens = new Tokens(byRole);
        generator = new RequestGenerator(api, knowledge, tokens, seed);
        learn();
        prepare();
        for (index = 1; index <= count; index++) {
            if (index % 100 == 0) {
                refresh();
            }
            FuzzRequest request = generator.next();
            HttpResponse<byte[]> response = send(request, true);
            if (TRACE) {
                System.out.println("#" + index + " " + request.method() + " " + RequestGenerator.abbreviate(request.target())
                        + " -> " + (response == null ? "no answer" : response.statusCode()) + " (" + request.what() + ")");
            }
            if (response != null) {
                understand(request, response);
            }
        }
        index = 0;
        boolean healthy = healthy();
        return new Report(seed, count, api.operations.stream().map(Operation::toString).toList(), byClass, byOperation,
                preparation, List.copyOf(setupProblems), List.copyOf(failures), healthy, Duration.ofNanos(System.nanoTime() - start));
    }

    // ---- sending and checking ----

    private HttpResponse<byte[]> send(FuzzRequest request, boolean generated) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + request.target()))
                    .timeout(Duration.ofSeconds(30))
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the generator made a request that cannot be sent: " + request, e);
        }
        if (!generated) {
            preparation++;
        }
        HttpResponse<byte[]> response;
        try {
            response = sendOnce(builder.build());
        } catch (IOException e) {
            fail("no answer", request, 0, e.toString());
            count(generated, request, "none");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        count(generated, request, response.statusCode() / 100 + "xx");
        check(request, response);
        return response;
    }

    /**
     * The server closes the connection after refusing a request line or headers that are too long (414, 431); the
     * client may then hand the next request to that closed connection, so it is sent once more on a new one.
     */
    private HttpResponse<byte[]> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private void count(boolean generated, FuzzRequest request, String statusClass) {
        if (generated) {
            byClass.merge(statusClass, 1, Integer::sum);
            Operation operation = operation(request.method(), request.target().replaceAll("\\?.*", ""));
            if (operation != null && statusClass.equals("2xx")) {
                knowledge.reached.add(operation.toString());
            }
            byOperation.merge((operation == null ? request.method() + " (outside the document)" : operation.toString())
                    + " " + statusClass, 1, Integer::sum);
        }
    }

    private void check(FuzzRequest request, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            fail("5xx", request, status, body);
        } else if ((status == 414 || status == 431) && response.body().length == 0) {
            // The HTTP server refuses a request line above 4 KiB or headers above 20 KiB before the application sees
            // them (quarkus.http.limits), as it does a body above max-body-size: no problem+json is possible there.
            return;
        } else if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                fail("4xx not problem+json (" + type + ")", request, status, body);
            } else if (INTERNALS.matcher(body).find()) {
                fail("internals in the answer", request, status, body);
            }
        }
    }

    private void fail(String rule, FuzzRequest request, int status, String response) {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        headers.computeIfPresent("Authorization", (name, value) -> value.length() > 60 ? value.substring(0, 60) + "…" : value);
        failures.add(new Failure(index, rule, request.method(), request.target(), headers, printable(request.body()), status,
                response.length() > 2000 ? response.substring(0, 2000) + "…" : response, request.what()));
    }

    /** The body as text when it is UTF-8 (control characters escaped), else as base64, cut at 4,000 characters. */
    static String printable(byte[] body) {
        if (body == null) {
            return "(none)";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            StringBuilder escaped = new StringBuilder();
            text.codePoints().forEach(c -> escaped.append(c < 0x20 && c != '\n' || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c)));
            text = escaped.toString();
        } catch (CharacterCodingException e) {
            text = "base64:" + Base64.getEncoder().encodeToString(body);
        }
        return text.length() > 4000 ? text.substring(0, 4000) + "… (" + body.length + " bytes)" : text;
    }

    // ---- learning from answers ----

    /** Learns ids from what an answer says: created records are the fuzzer's own, deleted ones are forgotten. */
    private void understand(FuzzRequest request, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 300 || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            if (status == 204 && request.method().equals("DELETE")) {
                String path = request.target().replaceFirst("\\?.*", "");   // an unknown query parameter is ignored
                knowledge.forget(path.substring(0, path.lastIndexOf('/')), path.substring(path.lastIndexOf('/') + 1));
            }
            return;
        }
        JsonNode body = json(response.body());
        String path = request.target().replaceAll("\\?.*", "");
        Operation operation = operation(request.method(), path);
        if (operation == null) {
            return;
        }
        String record = path;
        // Created: 201, or 200 from a collection whose records can then be addressed (an exchange rate is put, not posted).
        boolean collection = api.operations.stream().anyMatch(o -> o.path().equals(operation.path() + "/{id}"));
        if (request.method().equals("POST") && (status == 201 || status == 200 && collection) && body.has("id")) {
            knowledge.own(path, body.get("id").asText());
            record = path + "/" + body.get("id").asText();
        }
        if (body.has("version")) {
            knowledge.versions.put(record, body.get("version").asLong());
        }
        if (PROPOSAL_ANSWERS.contains(operation.path()) && body.has("status")) {
            knowledge.status(body.path("id").asText(), body.path("status").asText());
        }
        if (body.has("projectId") && body.has("entries")) {
            ledger(body);
        }
        // a task read or claimed: its outcomes and who holds it now
        if (operation.path().startsWith("/api/tasks/{id}") && body.has("outcomes")) {
            knowledge.tasks.put(body.path("id").asText(), body);
        }
        if (request.method().equals("GET")) {
            items(body).forEach(item -> {
                if (item.has("id")) {
                    knowledge.readable(path, item.get("id").asText());
                }
            });
        }
    }

    /** A project's ledger lists its entries, the ids a reversal addresses: the fuzzer's own when the project is. */
    private void ledger(JsonNode ledger) {
        String project = ledger.path("projectId").asText();
        String collection = "/api/projects/" + project + "/disbursements";
        for (JsonNode entry : ledger.path("entries")) {
            if (knowledge.isOwn("/api/projects", project)) {
                knowledge.own(collection, entry.path("id").asText());
            } else {
                knowledge.readable(collection, entry.path("id").asText());
            }
        }
    }

    private Operation operation(String method, String path) {
        for (Operation operation : api.operations) {
            if (operation.method().equals(method) && path.matches(operation.path().replaceAll("\\{[^}]+}", "[^/]+"))) {
                return operation;
            }
        }
        return null;
    }

    private static List<JsonNode> items(JsonNode body) {
        JsonNode list = body.isArray() ? body : body.path("items").isArray() ? body.path("items") : body.path("entries");
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    /** What the demo data holds: reference data, proposals and projects, their documents and entries, the open tasks. */
    private void learn() {
        for (JsonNode ngo : items(get("admin", "/api/ngos"))) {
            knowledge.readable("/api/ngos", ngo.path("id").asText());
        }
        for (JsonNode sector : items(get("admin", "/api/sectors"))) {
            knowledge.readable("/api/sectors", sector.path("id").asText());
            knowledge.code("sector", sector.path("code").asText());
        }
        for (JsonNode unit : items(get("admin", "/api/org-units"))) {
            knowledge.readable("/api/org-units", unit.path("id").asText());
            knowledge.code("orgUnit", unit.path("code").asText());
            if (unit.path("workflowRoles").asText().contains("consultee")) {
                knowledge.code("agency", unit.path("code").asText());
            }
        }
        String today = LocalDate.now(RequestGenerator.PROVINCE).toString();
        for (JsonNode unit : items(get("admin", "/api/admin-units"))) {
            knowledge.readable("/api/admin-units", unit.path("id").asText());
            String validTo = unit.path("validTo").asText("");
            if (validTo.isEmpty() || validTo.compareTo(today) >= 0) {
                knowledge.code("adminUnit", unit.path("code").asText());
            }
        }
        for (String list : List.of("/api/holidays", "/api/exchange-rates", "/api/users")) {
            items(get("admin", list.equals("/api/holidays") ? list + "/entered" : list))
                    .forEach(item -> knowledge.readable(list, item.path("id").asText()));
        }
        for (JsonNode proposal : items(get("admin", "/api/proposals?size=200"))) {
            String id = proposal.path("id").asText();
            knowledge.readable("/api/proposals", id);
            items(get("admin", "/api/proposals/" + id + "/documents"))
                    .forEach(d -> knowledge.readable("/api/proposals/" + id + "/documents", d.path("id").asText()));
            if ("APPROVED".equals(proposal.path("status").asText())) {
                knowledge.readable("/api/projects", id);
                knowledge.readable("/api/iati/projects", id);   // a project's IATI file
                ledger(get("admin", "/api/projects/" + id + "/disbursements"));
            }
        }
        // each user's own notices: only their recipient may mark them as read
        Tokens.USER_BY_ROLE.keySet().forEach(role -> items(get(role, "/api/notices?size=200")).forEach(notice -> {
            knowledge.readable("/api/notices", notice.path("id").asText());
            knowledge.noticeOwner.put(notice.path("id").asText(), role);
        }));
        knowledge.importTemplate = call("GET", "/api/import/template", tokens.of("admin"), null).body();
        learnReports();
        refreshTasks();
    }

    /**
     * The reporting calendar's versions, the report obligations with their files, and the indicators a report on each
     * must give.
     */
    private void learnReports() {
        for (JsonNode rule : items(get("admin", "/api/reporting-rules"))) {
            knowledge.versions.put("/api/reporting-rules/" + rule.path("kind").asText(), rule.path("version").asLong());
        }
        Map<String, List<String>> indicators = new HashMap<>();
        for (JsonNode obligation : items(get("admin", "/api/report-obligations"))) {
            String id = obligation.path("id").asText();
            knowledge.readable("/api/report-obligations", id);
            List<JsonNode> files = new ArrayList<>(items(obligation.path("pendingAttachments")));
            obligation.path("reports").forEach(report -> files.addAll(items(report.path("attachments"))));
            files.forEach(file -> knowledge.readable("/api/report-obligations/" + id + "/attachments", file.path("id").asText()));
            if (List.of("DUE", "CORRECTION_REQUESTED").contains(obligation.path("status").asText())) {
                knowledge.awaitedReports.put(id, indicators.computeIfAbsent(obligation.path("projectId").asText(), project -> {
                    List<String> ids = new ArrayList<>();
                    items(get("admin", "/api/projects/" + project + "/indicators")).forEach(i -> ids.add(i.path("id").asText()));
                    return ids;
                }));
            }
        }
    }

    private void refreshTasks() {
        knowledge.tasks.clear();
        knowledge.inbox.clear();
        for (String role : WORKFLOW_ROLES) {
            items(get(role, "/api/tasks?size=200")).forEach(task -> {
                knowledge.tasks.put(task.path("id").asText(), task);
                knowledge.inbox.put(task.path("id").asText(), role);
            });
        }
    }

    /** Tasks move on as the run completes them; new proposals keep some open, and a new draft replaces one submitted or deleted. */
    private void refresh() {
        refreshTasks();
        if (knowledge.ownTasks().size() < 3) {
            submitted("PROJECT");
        }
        if (knowledge.drafts().isEmpty()) {
            draftWithDocument();
        }
        if (knowledge.awaitedReports.keySet().stream()
                .allMatch(id -> knowledge.own("/api/report-obligations/" + id + "/attachments").isEmpty())) {
            attachmentToTakeBack();
        }
        for (String id : knowledge.own("/api/proposals")) {
            if (!knowledge.readable("/api/projects").contains(id)
                    && "APPROVED".equals(get("admin", "/api/proposals/" + id).path("status").asText())) {
                knowledge.own("/api/projects", id);
            }
        }
    }

    // ---- data of its own ----

    /** A draft with a document, submitted proposals, and one approved project with a disbursement. */
    private void prepare() {
        draftWithDocument();
        attachmentToTakeBack();
        ngoToDelete();
        submitted("EMERGENCY_RELIEF");
        String project = submitted("PROJECT");
        if (project == null) {
            return;
        }
        Map<String, String[]> happy = new LinkedHashMap<>();
        happy.put("checkDossier", new String[]{"appraiser", "{\"outcome\":\"complete\"}"});
        happy.put("collectOpinions", new String[]{"appraiser", "{\"outcome\":\"send\",\"fields\":{\"agencies\":[\"CA\"]}}"});
        happy.put("giveOpinion", new String[]{"consultee", "{\"outcome\":\"agree\",\"comment\":\"Đồng ý\"}"});
        happy.put("appraiseProposal", new String[]{"appraiser", "{\"outcome\":\"recommendApproval\",\"fields\":{\"appraisalSummary\":\"Đạt yêu cầu\"}}"});
        happy.put("approveProposal", new String[]{"approver", "{\"outcome\":\"approve\",\"fields\":{\"decisionNumber\":\"12/QĐ-UBND\","
                + "\"decisionDate\":\"" + LocalDate.now(RequestGenerator.PROVINCE) + "\",\"decisionSigner\":\"Chủ tịch UBND tỉnh\"}}"});
        happy.forEach((key, step) -> {
            for (JsonNode task : items(waitForTask(step[0], project, key))) {
                HttpResponse<byte[]> done = post(step[0], "/api/tasks/" + task.path("id").asText() + "/complete", step[1]);
                expect(done, 204, "complete " + key + " of proposal " + project);
            }
        });
        if (!"APPROVED".equals(get("admin", "/api/proposals/" + project).path("status").asText())) {
            setupProblems.add("proposal " + project + " did not reach approval; project operations will mostly meet 404/409");
            return;
        }
        knowledge.status(project, "APPROVED");
        knowledge.own("/api/projects", project);
        HttpResponse<byte[]> entry = post("officer", "/api/projects/" + project + "/disbursements",
                "{\"date\":\"" + LocalDate.now(RequestGenerator.PROVINCE) + "\",\"amount\":1000,\"currency\":\"USD\",\"note\":\"Đợt 1\","
                        + "\"overrideReason\":\"Theo kế hoạch\"}");
        if (expect(entry, 201, "record a disbursement of project " + project)) {
            ledger(json(entry.body()));
        }
    }

    /** A draft of its own with one document: what edits, submissions, uploads and document reads and deletions need. */
    private void draftWithDocument() {
        String draft = created("PROJECT", false);
        if (draft == null) {
            return;
        }
        FuzzRequest upload = new FuzzRequest("POST", "/api/proposals/" + draft + "/documents",
                Map.of("Authorization", "Bearer " + tokens.of("officer"),
                        "Content-Type", "multipart/form-data; boundary=prepare"),
                ("--prepare\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nREQUEST_LETTER\r\n--prepare\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"Tờ trình.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                        + "%PDF-1.4\n%%EOF\n\r\n--prepare--\r\n").getBytes(StandardCharsets.UTF_8), "prepare: a document");
        HttpResponse<byte[]> response = send(upload, false);
        if (expect(response, 201, "upload a document to draft " + draft)) {
            knowledge.own("/api/proposals/" + draft + "/documents", json(response.body()).path("id").asText());
        }
    }

    /** A donor of its own that nothing names: a deletion of reference data needs one, whatever the run creates. */
    private void ngoToDelete() {
        HttpResponse<byte[]> response = post("admin", "/api/ngos", "{\"name\":\"Fuzz Foundation " + System.nanoTime()
                + "\",\"nameVi\":\"Quỹ thử nghiệm\",\"country\":\"DE\",\"certKind\":\"OPERATION\",\"certNumber\":\"1/BNG\","
                + "\"certIssuer\":\"Bộ Ngoại giao\",\"certValidFrom\":\"2015-01-01\",\"certValidTo\":\"2035-01-01\"}");
        if (expect(response, 201, "create a donor")) {
            knowledge.own("/api/ngos", json(response.body()).path("id").asText());
        }
    }

    /** A file attached to a report still awaited: what reads and takes back of a report's files need. */
    private void attachmentToTakeBack() {
        String obligation = knowledge.awaitedReports.keySet().stream().findFirst().orElse(null);
        if (obligation == null) {
            setupProblems.add("no report obligation awaits a report; a report's files cannot be attached");
            return;
        }
        String collection = "/api/report-obligations/" + obligation + "/attachments";
        FuzzRequest upload = new FuzzRequest("POST", collection,
                Map.of("Authorization", "Bearer " + tokens.of("officer"),
                        "Content-Type", "multipart/form-data; boundary=prepare"),
                ("--prepare\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Biên bản.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--prepare--\r\n")
                        .getBytes(StandardCharsets.UTF_8), "prepare: a report's file");
        HttpResponse<byte[]> response = send(upload, false);
        if (expect(response, 201, "attach a file to report obligation " + obligation)) {
            knowledge.own(collection, json(response.body()).path("id").asText());
        }
    }

    /** Whether a preparing request got its answer; when not, says so in the report's setup problems. */
    private boolean expect(HttpResponse<byte[]> response, int status, String what) {
        if (response != null && response.statusCode() == status) {
            return true;
        }
        setupProblems.add("cannot " + what + ": " + (response == null ? "no answer"
                : response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8)));
        return false;
    }

    /** The step's task in the user's inbox, waiting a little for it on a busy machine. */
    private JsonNode waitForTask(String role, String proposal, String key) {
        JsonNode tasks = JSON.createObjectNode();
        for (int attempt = 0; attempt < 20 && items(tasks).isEmpty(); attempt++) {
            if (attempt > 0) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            tasks = get(role, "/api/tasks?proposalId=" + proposal + "&key=" + key);
        }
        if (items(tasks).isEmpty()) {
            setupProblems.add("no " + key + " task of proposal " + proposal + " for the " + role);
        }
        return tasks;
    }

    private String submitted(String kind) {
        return created(kind, true);
    }

    /** A proposal of its own; another valid body when one is refused (the demo data holds an NGO whose certificate expired). */
    private String created(String kind, boolean submit) {
        HttpResponse<byte[]> response = null;
        for (int attempt = 0; attempt < 10 && (response == null || response.statusCode() != 201); attempt++) {
            ObjectNode body = generator.validBody("ProposalInput").put("kind", kind).put("committedAmount", 5_000_000)
                    .put("currency", "USD");
            response = post("officer", "/api/proposals" + (submit ? "?submit=true" : ""), body.toString());
        }
        if (!expect(response, 201, "create a proposal of its own")) {
            return null;
        }
        JsonNode proposal = json(response.body());
        String id = proposal.path("id").asText();
        knowledge.own("/api/proposals", id);
        knowledge.status(id, proposal.path("status").asText());
        knowledge.versions.put("/api/proposals/" + id, proposal.path("version").asLong());
        refreshTasks();
        return id;
    }

    // ---- plumbing ----

    private String signIn(String user) {
        JsonNode token = json(call("POST", "/api/auth/token", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + Tokens.PASSWORD + "\"}").body());
        if (!token.has("accessToken")) {
            throw new IllegalStateException("cannot sign in as " + user + " (demo data loaded?): " + token);
        }
        return token.get("accessToken").asText();
    }

    /** What the fuzzer reads to learn; an answer other than 200 is a setup problem and reads as nothing. */
    private JsonNode get(String role, String path) {
        HttpResponse<byte[]> response = call("GET", path, tokens.of(role), null);
        return expect(response, 200, "read " + path + " as " + role) ? json(response.body()) : JSON.createObjectNode();
    }

    private HttpResponse<byte[]> post(String role, String path, String body) {
        return send(new FuzzRequest("POST", path, Map.of("Authorization", "Bearer " + tokens.of(role),
                "Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8), "prepare"), false);
    }

    private HttpResponse<byte[]> call(String method, String path, String token, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        HttpResponse<byte[]> response = send(new FuzzRequest(method, path, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), "learn"), false);
        if (response == null) {
            throw new IllegalStateException("the service does not answer " + method + " " + path);
        }
        return response;
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return json(response.body());
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** Ready, and a normal request still answered as before. */
    private boolean healthy() {
        HttpResponse<byte[]> ready = call("GET", "/q/health/ready", null, null);
        HttpResponse<byte[]> me = call("GET", "/api/auth/me", tokens.of("officer"), null);
        HttpResponse<byte[]> proposals = call("GET", "/api/proposals", tokens.of("admin"), null);
        return ready.statusCode() == 200 && "UP".equals(json(ready.body()).path("status").asText())
                && me.statusCode() == 200 && "canbo.snv".equals(json(me.body()).path("username").asText())
                && proposals.statusCode() == 200;
    }
}
