package vn.vientro.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load of docs/reliability.sh, run as its own process with the test class path: clients spread over the
 * nodes walk proposals through the real journey as the demo users (create and submit, check, choose agencies,
 * two opinions given at once, appraise, approve, record disbursements). Every acknowledged write (a 2xx with
 * its id) is appended to the acknowledgement log, which {@link ConsistencyCheck} verifies afterwards; every
 * request is appended to the request log (time, node, status, milliseconds) for the script's outage figures.
 * <p>
 * {@code load <nodes> <clients> <seconds> <outDir>}: the journey until the time is up, or until a file
 * {@code stop} appears in {@code outDir} (the script's way to keep the load going until it has measured what it needs).
 * {@code seed <nodes> <clients> <count> <outDir>}: only create and submit {@code count} proposals (each waits
 * at the dossier check with its overdue timer); their ids go to {@code seeded.txt}.
 * {@code step <node> <outDir>}: completes one open dossier check and prints the proposal's new status.
 * <p>
 * A connection refused or a 5xx is retried (after a pause, on the next node) for up to 30 s, so a client rides
 * through a node's death or a database restart; a 409 on a task re-reads the task. Excluded from the suite.
 */
public final class LoadDriver {

    static final String PASSWORD = "demo123";
    static final String[] OFFICERS = {"canbo.snv", "canbo2.snv"};
    static final String APPRAISER = "thamdinh.stc";
    static final String APPROVER = "pheduyet.ubnd";
    static final Map<String, String> CONSULTEES = Map.of("CA", "ykien.ca", "SYT", "ykien.syt");
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ObjectMapper JSON = new ObjectMapper();

    final List<String> nodes;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final Map<String, String> tokens = new ConcurrentHashMap<>();
    final PrintWriter acks;
    final PrintWriter requests;
    final Map<String, AtomicInteger> statuses = new ConcurrentSkipListMap<>();
    final AtomicLong slow = new AtomicLong();
    final AtomicLong maxMillis = new AtomicLong();
    final AtomicInteger journeys = new AtomicInteger();
    final AtomicInteger abandoned = new AtomicInteger();
    final AtomicInteger acknowledged = new AtomicInteger();
    long ngoId;

    LoadDriver(List<String> nodes, Path out) throws IOException {
        this.nodes = nodes;
        Files.createDirectories(out);
        acks = new PrintWriter(Files.newBufferedWriter(out.resolve("acks.log"), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true);
        requests = new PrintWriter(Files.newBufferedWriter(out.resolve("requests.csv"), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), false);
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        List<String> nodes = List.of(args[1].split(","));
        Path out = Path.of(args[args.length - 1]);
        LoadDriver driver = new LoadDriver(nodes, out);
        try {
            switch (mode) {
                case "load" -> driver.run(Integer.parseInt(args[2]), Integer.parseInt(args[3]), -1, out);
                case "seed" -> driver.run(Integer.parseInt(args[2]), Integer.MAX_VALUE, Integer.parseInt(args[3]), out);
                case "step" -> driver.step();
                default -> throw new IllegalArgumentException(mode);
            }
        } finally {
            driver.requests.flush();   // the script's outage figures are read from it, also when the driver failed
        }
    }

    /** Runs clients until the time is up ({@code seed < 0}) or {@code seed} proposals are submitted. */
    void run(int clients, int seconds, int seed, Path out) throws Exception {
        ngoId = ngo();
        long end = System.currentTimeMillis() + seconds * 1000L;
        Path stop = out.resolve("stop");
        AtomicInteger toSeed = new AtomicInteger(seed);
        List<Long> seeded = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients * 2);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                Random random = new Random(client * 7919L + System.nanoTime());
                while (System.currentTimeMillis() < end && !Files.exists(stop)) {
                    if (seed >= 0 && toSeed.getAndDecrement() <= 0) {
                        return null;
                    }
                    Journey j = new Journey(client % nodes.size(), random, pool, end);
                    try {
                        if (seed >= 0) {
                            seeded.add(j.submit("Hẹn giờ thử nghiệm", "PROJECT"));
                        } else {
                            j.walk();
                        }
                        journeys.incrementAndGet();
                    } catch (Abandoned e) {
                        abandoned.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdownNow();
        if (seed >= 0) {
            Files.write(out.resolve("seeded.txt"), seeded.stream().map(String::valueOf).toList());
        }
        Properties p = new Properties();
        int total = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        p.setProperty("requests", String.valueOf(total));
        p.setProperty("acknowledged", String.valueOf(acknowledged.get()));
        p.setProperty("journeys", String.valueOf(journeys.get()));
        p.setProperty("abandoned", String.valueOf(abandoned.get()));
        p.setProperty("s5xx", String.valueOf(count(s -> s.startsWith("5"))));
        p.setProperty("s409", String.valueOf(count(s -> s.equals("409"))));
        p.setProperty("connectionErrors", String.valueOf(count(s -> s.equals("conn"))));
        p.setProperty("slowerThan5s", String.valueOf(slow.get()));
        p.setProperty("maxMillis", String.valueOf(maxMillis.get()));
        p.setProperty("statuses", statuses.toString().replaceAll("[{}]", "").replace(" ", ""));
        p.store(System.out, null);
    }

    private int count(java.util.function.Predicate<String> which) {
        return statuses.entrySet().stream().filter(e -> which.test(e.getKey())).mapToInt(e -> e.getValue().get()).sum();
    }

    static final class Abandoned extends RuntimeException {
        Abandoned(String why) {
            super(why, null, false, false);
        }
    }

    record Answer(int status, JsonNode body) {
    }

    /** One proposal taken through as many steps as its client chose. */
    final class Journey {
        int node;
        final Random random;
        final ExecutorService pool;
        final long end;
        final String officer;

        Journey(int node, Random random, ExecutorService pool, long end) {
            this.node = node;
            this.random = random;
            this.pool = pool;
            this.end = end;
            this.officer = OFFICERS[random.nextInt(OFFICERS.length)];
        }

        void walk() {
            boolean consult = random.nextInt(4) != 0;
            int depth = 1 + random.nextInt(8); // stops at every stage, so open proposals of every status remain
            long id = submit("Dự án thử tải — Tây Ninh", consult ? "PROJECT" : "EMERGENCY_RELIEF");
            if (depth < 2) return;
            if (random.nextInt(6) == 0) {
                complete(id, "checkDossier", APPRAISER, "incomplete", Map.of("missingItems", "Thiếu văn bản cam kết"));
                if (depth < 3) return;
                complete(id, "supplementDossier", officer, "resubmit", Map.of());
            }
            complete(id, "checkDossier", APPRAISER, "complete", Map.of());
            if (depth < 4) return;
            if (consult) {
                complete(id, "collectOpinions", APPRAISER, "send", Map.of("agencies", List.of("CA", "SYT")));
                if (depth < 5) return;
                // both agencies answer at the same moment, on different nodes: the engine's parallel join
                List<Future<Object>> opinions = CONSULTEES.values().stream().map(user -> pool.<Object>submit(() -> {
                    new Journey(node + (user.equals("ykien.ca") ? 0 : 1), random, pool, end)
                            .complete(id, "giveOpinion", user, "agree", Map.of());
                    return null;
                })).toList();
                for (Future<Object> f : opinions) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Abandoned a ? a : new IllegalStateException(e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Abandoned("interrupted");
                    }
                }
            }
            if (depth < 6) return;
            complete(id, "appraiseProposal", APPRAISER, "recommendApproval", Map.of("appraisalSummary", "Đạt yêu cầu"));
            if (depth < 7) return;
            complete(id, "approveProposal", APPROVER, "approve", Map.of("decisionNumber", "12/QĐ-UBND",
                    "decisionDate", LocalDate.now(PROVINCE).toString(), "decisionSigner", "Chủ tịch UBND tỉnh"));
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                disburse(id);
            }
        }

        long submit(String title, String kind) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind);
            body.put("titleVi", title);
            body.put("titleEn", "Load test proposal");
            body.put("ngoId", ngoId);
            body.put("aidOwner", "Trung tâm Y tế khu vực Gò Dầu");
            body.put("sectors", List.of(Map.of("code", "HEALTH", "share", 60), Map.of("code", "GENDER", "share", 40)));
            body.put("locations", List.of("TN-GODAU"));
            LocalDate today = LocalDate.now(PROVINCE);
            body.put("plannedStart", today.plusMonths(1).toString());
            body.put("plannedEnd", today.plusYears(2).toString());
            body.put("committedAmount", 125000.50);
            body.put("currency", "USD");
            body.put("counterpartFundsVnd", 500000000);
            body.put("beneficiaries", 1500);
            body.put("description", "Đề xuất do kịch bản thử độ tin cậy tạo.");
            Answer a = send(officer, "POST", "/api/proposals?submit=true", body);
            if (a.status != 201) {
                throw new Abandoned("create " + a.status);
            }
            long id = a.body.get("id").asLong();
            ack("P " + id);
            return id;
        }

        void complete(long proposalId, String key, String user, String outcome, Map<String, Object> fields) {
            for (int attempt = 0; attempt < 20; attempt++) {
                Answer found = send(user, "GET", "/api/tasks?proposalId=" + proposalId + "&key=" + key, null);
                if (found.status != 200) {
                    throw new Abandoned("inbox " + found.status);
                }
                JsonNode items = found.body.get("items");
                if (items.isEmpty()) {
                    throw new Abandoned("no " + key + " task for " + proposalId);
                }
                String taskId = items.get(0).get("id").asText();
                Map<String, Object> body = Map.of("outcome", outcome, "comment", "Ý kiến của " + user, "fields", fields);
                Answer done = send(user, "POST", "/api/tasks/" + taskId + "/complete", body);
                if (done.status == 204) {
                    ack("T " + taskId + " " + proposalId + " " + key + " " + outcome);
                    return;
                }
                if (done.status != 409) {
                    throw new Abandoned("complete " + done.status);
                }
                pause(50 + random.nextInt(100)); // someone (a timer, the other agency) changed it: read again
            }
            throw new Abandoned("conflicts on " + key);
        }

        void disburse(long projectId) {
            String reference = "REL-" + UUID.randomUUID().toString().substring(0, 8);
            Answer a = send(officer, "POST", "/api/projects/" + projectId + "/disbursements", Map.of(
                    "date", LocalDate.now(PROVINCE).toString(), "amount", 1000 + random.nextInt(5000), "currency", "USD",
                    "reference", reference, "note", "Giải ngân đợt thử"));
            if (a.status / 100 != 2) {
                throw new Abandoned("disburse " + a.status);
            }
            for (JsonNode entry : a.body.get("entries")) {
                if (reference.equals(entry.path("reference").asText())) {
                    ack("D " + entry.get("id").asLong() + " " + projectId);
                }
            }
        }

        /** One request; connection failures and 5xx are retried on the next node until 30 s have passed. */
        Answer send(String user, String method, String path, Object body) {
            long giveUp = System.currentTimeMillis() + 30_000;
            while (true) {
                String base = nodes.get(Math.floorMod(node, nodes.size()));
                Answer a = call(base, token(user), method, path, body);
                if (a.status > 0 && a.status < 500) {
                    return a;
                }
                if (System.currentTimeMillis() > giveUp) {
                    throw new Abandoned(method + " " + path + " " + a.status);
                }
                node++;
                pause(250);
            }
        }

        String token(String user) {
            return tokens.computeIfAbsent(user, u -> {
                for (int attempt = 0; attempt < 60; attempt++) {
                    Answer a = call(nodes.get(Math.floorMod(node + attempt, nodes.size())), null, "POST", "/api/auth/token",
                            Map.of("username", u, "password", PASSWORD));
                    if (a.status == 200) {
                        return a.body.get("accessToken").asText();
                    }
                    pause(500);
                }
                throw new Abandoned("sign-in " + u);
            });
        }
    }

    Answer call(String base, String token, String method, String path, Object body) {
        long start = System.currentTimeMillis();
        String status = "conn";
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json");
            if (token != null) {
                r.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                r.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } else {
                r.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> response = http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
            status = String.valueOf(response.statusCode());
            byte[] bytes = response.body();
            return new Answer(response.statusCode(), bytes.length == 0 ? null : JSON.readTree(bytes));
        } catch (IOException e) {
            return new Answer(0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned("interrupted");
        } finally {
            long millis = System.currentTimeMillis() - start;
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (millis > 5000) {
                slow.incrementAndGet();
            }
            maxMillis.accumulateAndGet(millis, Math::max);
            synchronized (requests) {
                requests.println(start + "," + base + "," + status + "," + millis);
            }
        }
    }

    void ack(String line) {
        acknowledged.incrementAndGet();
        acks.println(System.currentTimeMillis() + " " + line);
    }

    long ngo() {
        Journey j = new Journey(0, new Random(), null, 0);
        Answer a = j.send("admin", "GET", "/api/ngos", null);
        for (JsonNode n : a.body) {
            if ("Plan International".equals(n.get("name").asText())) {
                return n.get("id").asLong();
            }
        }
        throw new IllegalStateException("demo NGO missing");
    }

    /** On a restored copy: an open dossier check can still be completed, and the process moves on. */
    void step() {
        Journey j = new Journey(0, new Random(), null, 0);
        Answer inbox = j.send(APPRAISER, "GET", "/api/tasks?key=checkDossier&size=1", null);
        JsonNode task = inbox.body.get("items").get(0);
        long proposalId = task.get("proposal").get("id").asLong();
        Answer done = j.send(APPRAISER, "POST", "/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("outcome", "complete", "comment", "Sau khi khôi phục", "fields", Map.of()));
        Answer after = j.send(APPRAISER, "GET", "/api/proposals/" + proposalId, null);
        System.out.println("stepStatus=" + done.status);
        System.out.println("stepProposal=" + proposalId);
        System.out.println("stepNewStatus=" + after.body.get("status").asText());
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned("interrupted");
        }
    }
}
