package vn.vientro.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.*;

/**
 * What the fuzzer has learned about the running service: ids that exist (to read), ids it created itself (the
 * only ones it changes or deletes, so the demo data and the demo users stay usable for the whole run), codes of
 * reference data, the open tasks with the outcomes they offer, and the last version seen of each record.
 */
final class Knowledge {

    /** Ids by the concrete collection path they live under, e.g. /api/proposals or /api/projects/7/disbursements. */
    private final Map<String, LinkedHashSet<String>> readable = new HashMap<>();
    private final Map<String, LinkedHashSet<String>> own = new HashMap<>();
    /** Codes by kind: sector, adminUnit, orgUnit, agency (an org unit whose people are consulted), ngo. */
    private final Map<String, LinkedHashSet<String>> codes = new HashMap<>();
    /** Task id to its view (key, outcomes with their fields, proposal, assignee). */
    final Map<String, JsonNode> tasks = new LinkedHashMap<>();
    /** Task id to the role whose inbox lists it: the one that may read, claim and complete it. */
    final Map<String, String> inbox = new HashMap<>();
    /** Notice id to the role of its recipient, the only one who may mark it as read. */
    final Map<String, String> noticeOwner = new HashMap<>();
    /** The operations a generated request has brought to a 2xx. */
    final Set<String> reached = new HashSet<>();
    /** Record path to its version, so a valid update is not always a stale one. */
    final Map<String, Long> versions = new HashMap<>();
    /** Own proposals still in DRAFT: the ones that can be edited, submitted, deleted and given documents. */
    private final Set<String> drafts = new LinkedHashSet<>();
    /** Proposals last seen APPROVED or REJECTED: the ones a decision's documents can be drafted for. */
    private final Set<String> decided = new LinkedHashSet<>();
    /**
     * Report obligations last seen awaiting a report, with the ids of their project's results indicators: a report
     * gives an actual value for each of them.
     */
    final Map<String, List<String>> awaitedReports = new LinkedHashMap<>();
    /** The history import template, as the service gives it. */
    byte[] importTemplate = new byte[0];

    void readable(String collection, String id) {
        readable.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
    }

    void own(String collection, String id) {
        readable(collection, id);
        own.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
    }

    boolean isOwn(String collection, String id) {
        return own.getOrDefault(collection, new LinkedHashSet<>()).contains(id);
    }

    void forget(String collection, String id) {
        Optional.ofNullable(readable.get(collection)).ifPresent(ids -> ids.remove(id));
        Optional.ofNullable(own.get(collection)).ifPresent(ids -> ids.remove(id));
        tasks.remove(id);
        if (collection.equals("/api/proposals")) {
            drafts.remove(id);
        }
    }

    /** A proposal's status as an answer showed it: an own one is a draft until it is submitted. */
    void status(String proposal, String status) {
        if (status.equals("DRAFT") && isOwn("/api/proposals", proposal)) {
            drafts.add(proposal);
        } else {
            drafts.remove(proposal);
        }
        if (status.equals("APPROVED") || status.equals("REJECTED")) {
            decided.add(proposal);
        } else {
            decided.remove(proposal);
        }
    }

    List<String> decided() {
        return List.copyOf(decided);
    }

    List<String> drafts() {
        return List.copyOf(drafts);
    }

    List<String> readable(String collection) {
        return List.copyOf(readable.getOrDefault(collection, new LinkedHashSet<>()));
    }

    List<String> own(String collection) {
        return List.copyOf(own.getOrDefault(collection, new LinkedHashSet<>()));
    }

    void code(String kind, String code) {
        if (code != null && !code.isBlank()) {
            codes.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(code);
        }
    }

    List<String> codes(String kind) {
        return List.copyOf(codes.getOrDefault(kind, new LinkedHashSet<>()));
    }

    /** Own tasks: those of proposals the fuzzer created. */
    List<String> ownTasks() {
        Set<String> proposals = own.getOrDefault("/api/proposals", new LinkedHashSet<>());
        return tasks.entrySet().stream().filter(t -> proposals.contains(t.getValue().path("proposal").path("id").asText()))
                .map(Map.Entry::getKey).toList();
    }
}
