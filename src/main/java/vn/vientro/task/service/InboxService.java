package vn.vientro.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.TaskService;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.Page;
import vn.vientro.common.Where;
import vn.vientro.proposal.service.ProposalProcess;
import vn.vientro.proposal.service.ProposalQueries;
import vn.vientro.proposal.service.StepRecord;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.service.ProposalQueries;
import vn.vientro.security.Actor;
import vn.vientro.task.domain.InboxItem;
import vn.vientro.task.domain.TaskEscalation;
import vn.vientro.workflow.ProcessVariables;
import vn.vientro.workflow.RetriedOnConflict;
import vn.vientro.reference.service.PeriodUnit;
import vn.vientro.workflow.StepDefinition;
import vn.vientro.workflow.StepDefinitions;

import java.time.Clock;
import java.time.Instant;
import java.util.*;

/**
 * The task inbox: what is waiting for a person, and claiming and completing it. Which outcomes and
 * fields a task accepts comes from the BPMN ({@link StepDefinitions}), never from a switch here.
 */
@ApplicationScoped
public class InboxService {

    @Inject
    Clock clock;

    public enum Sort { DUE, CREATED }

    public record Filter(String key, Long proposalId, Boolean overdue, AidKind kind, String q, Sort sort, boolean descending,
                         int page, int size) {
    }

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Inject
    RepositoryService repository;

    @Inject
    StepDefinitions steps;

    @Inject
    CompletionValidator validator;

    @Inject
    EscalationService escalations;

    @Inject
    AuditLog audit;

    @Inject
    ProposalProcess process;

    @Inject
    EntityManager em;

    /**
     * My tasks: assigned to me, or unassigned and offered to one of my groups; read from the inbox
     * projection in two steps (the page of task ids, then the 20 rows with their proposals), so the
     * proposal join never runs over the whole inbox.
     */
    public Page<TaskView> inbox(Actor actor, List<String> groups, Filter filter) {
        Where where = new Where("i.assignee = :me or (i.assignee is null and i.taskId in ("
                + "select c.taskId from InboxCandidate c where c.groupId in :groups))");
        where.params().put("me", actor.username());
        where.params().put("groups", groups.isEmpty() ? List.of("") : groups);
        where.and("i.taskKey = :key", "key", filter.key())
                .and("i.proposalId = :proposalId", "proposalId", filter.proposalId());
        if (filter.overdue() != null) {
            where.and(filter.overdue() ? "i.dueAt < :now" : "i.dueAt is null or i.dueAt >= :now", "now", clock.instant());
        }
        boolean byProposal = filter.kind() != null || (filter.q() != null && !filter.q().isBlank());
        ProposalQueries.matching(where, filter.kind(), filter.q());
        String from = byProposal ? " from InboxItem i join Proposal p on p.id = i.proposalId" : " from InboxItem i";
        String direction = filter.descending() ? " desc" : " asc";
        String order = filter.sort() == Sort.CREATED ? " order by i.createdAt" + direction + ", i.taskId"
                : " order by i.dueAt" + direction + " nulls last, i.createdAt, i.taskId";
        var count = where.bind(em.createQuery("select count(i)" + from + where, Long.class));
        var ids = where.bind(em.createQuery("select i.taskId" + from + where + order, String.class));
        List<String> page = ids.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size()).getResultList();
        List<TaskView> views = page.isEmpty() ? List.of() : views(em.createQuery(ROW + " where i.taskId in :ids", Object[].class)
                .setParameter("ids", page).getResultList());
        List<TaskView> ordered = views.stream().sorted(Comparator.comparingInt(v -> page.indexOf(v.id()))).toList();
        return new Page<>(ordered, count.getSingleResult(), filter.page(), filter.size());
    }

    /** The user tasks of the latest version of every process, each key once, for the inbox's step filter. */
    public List<TaskView.StepView> steps() {
        Map<String, TaskView.StepView> byKey = new LinkedHashMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                StepDefinition step = steps.of(definition.getId(), task.getId());
                byKey.putIfAbsent(step.key(), new TaskView.StepView(step.key(), step.nameVi(), step.nameEn()));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The task with what the earlier steps it shows recorded. */
    public TaskView get(String taskId, Actor actor, List<String> groups) {
        InboxItem task = workable(taskId, actor, groups, false);
        TaskView view = views(em.createQuery(ROW + " where i.taskId = :id", Object[].class).setParameter("id", taskId)
                .getResultList()).get(0).withEarlier(earlier(task)).withDeadline(deadline(task));
        return view.withOutcomes(view.outcomes().stream().map(o -> new TaskView.OutcomeView(o.id(), o.labelVi(),
                o.labelEn(), o.fields().stream().map(f -> withRecipients(f, taskId)).toList())).toList());
    }

    /** The time limit of the task's step, from the variables its decision table set; null when the step has none. */
    private TaskView.DeadlineView deadline(InboxItem task) {
        StepDefinition.Deadline limit = steps.of(task.processDefinitionId, task.taskKey).deadline();
        if (limit == null) {
            return null;
        }
        Object days = tasks.getVariable(task.taskId, limit.daysVariable());
        Object unit = limit.unitVariable() == null ? null : tasks.getVariable(task.taskId, limit.unitVariable());
        Object basis = limit.basisVariable() == null ? null : tasks.getVariable(task.taskId, limit.basisVariable());
        return new TaskView.DeadlineView(days instanceof Number n ? n.longValue() : null, PeriodUnit.of(unit).name(),
                basis == null ? null : basis.toString());
    }

    /** A dispatches field offers the recipients its process names for this task (a decision table's output). */
    private StepDefinition.Field withRecipients(StepDefinition.Field f, String taskId) {
        if (f.type() != StepDefinition.FieldType.DISPATCHES) {
            return f;
        }
        Object listed = tasks.getVariable(taskId, f.source());
        List<StepDefinition.Option> recipients = listed == null ? List.of()
                : Arrays.stream(listed.toString().split(",")).map(code -> f.option(code.strip())).toList();
        return new StepDefinition.Field(f.name(), f.type(), f.required(), f.maxLength(), f.decision(), f.future(), f.labelVi(),
                f.labelEn(), f.condition(), f.source(), recipients);
    }

    /** The records of the steps the task declares it shows, in the declared order of the steps, oldest first within one. */
    private List<StepRecord> earlier(InboxItem task) {
        List<String> shows = steps.of(task.processDefinitionId, task.taskKey).shows();
        if (shows.isEmpty() || task.proposalId == null) {
            return List.of();
        }
        return process.records(em.find(Proposal.class, task.proposalId)).stream()
                .filter(r -> shows.contains(r.stepKey()))
                .sorted(Comparator.comparingInt(r -> shows.indexOf(r.stepKey())))
                .toList();
    }

    @Transactional
    @RetriedOnConflict
    public TaskView claim(String taskId, Actor actor, List<String> groups) {
        InboxItem task = workable(taskId, actor, groups, true);
        requireSeparation(task, actor);
        if (task.assignee == null) {
            tasks.claim(taskId, actor.username());
            audit.record(task.proposalId, actor.username(), "TASK_CLAIMED",
                    new AuditLog.Step(taskId, task.taskKey, null, null, null));
        }
        return get(taskId, actor, groups);
    }

    @Transactional
    @RetriedOnConflict
    public void unclaim(String taskId, Actor actor, List<String> groups) {
        InboxItem task = workable(taskId, actor, groups, true);
        if (!actor.username().equals(task.assignee)) {
            throw DomainException.conflict(ProblemCode.NOT_CLAIMED_BY_YOU, "Task " + taskId + " is not claimed by you");
        }
        if (task.candidateGroups.isEmpty()) {
            throw DomainException.conflict(ProblemCode.ASSIGNED_BY_PROCESS,
                    "This task is assigned to you by the process and cannot be handed back");
        }
        tasks.setAssignee(taskId, null);
        audit.record(task.proposalId, actor.username(), "TASK_UNCLAIMED",
                new AuditLog.Step(taskId, task.taskKey, null, null, null));
    }

    /** Completes the task with an allowed outcome; the audit entry, the proposal status and the engine commit together. */
    @Transactional
    @RetriedOnConflict
    public void complete(String taskId, CompletionInput input, Actor actor, List<String> groups) {
        InboxItem task = workable(taskId, actor, groups, true);
        requireSeparation(task, actor);
        StepDefinition step = steps.of(task.processDefinitionId, task.taskKey);
        Map<String, Object> fields = validator.validate(step, input, submittedAt(taskId), name -> tasks.getVariable(taskId, name));
        audit.record(task.proposalId, actor.username(), "TASK_COMPLETED",
                new AuditLog.Step(taskId, task.taskKey, input.outcome(), input.comment(), fields));
        Map<String, Object> processVariables = new HashMap<>();
        // who answered, for the step's own listeners (a task may be completed without being claimed)
        tasks.setVariableLocal(taskId, ProcessVariables.COMPLETED_BY, actor.username());
        if (step.multiInstance()) {
            // Parallel instances (one per agency) keep their answers on the task, where its listeners read them.
            Map<String, Object> local = new HashMap<>(fields);
            local.put(ProcessVariables.OUTCOME, input.outcome());
            local.put(ProcessVariables.COMMENT, input.comment());
            local.put(ProcessVariables.COMPLETED_BY, actor.username());
            tasks.setVariablesLocal(taskId, local);
        } else {
            // A single task's outcome is what the next gateway reads.
            processVariables.put(ProcessVariables.outcomeOf(step.key()), input.outcome());
            processVariables.put(ProcessVariables.completedByOf(step.key()), actor.username());
            processVariables.putAll(fields);
            // Who decided, for the listeners that record it (a report's review): the task may have been unclaimed.
            tasks.setVariableLocal(taskId, ProcessVariables.COMPLETED_BY, actor.username());
        }
        tasks.complete(taskId, processVariables);
    }

    /**
     * When what the task decides was submitted: the process's {@code submittedAt}, or for an instance started
     * before that variable existed, when the process started (submitting is what starts it).
     */
    private Instant submittedAt(String taskId) {
        if (tasks.getVariable(taskId, ProcessVariables.SUBMITTED_AT) instanceof Date submitted) {
            return submitted.toInstant();
        }
        String instanceId = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        return history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getStartTime().toInstant();
    }

    /**
     * The open task if this person may work on it: its assignee, or a candidate while it is unassigned.
     * Read from the inbox projection; when {@code lock} is set its row is locked first, so two people
     * acting on one task are serialised: the second waits, then finds the task gone or claimed (a conflict).
     */
    private InboxItem workable(String taskId, Actor actor, List<String> groups, boolean lock) {
        InboxItem task = lock ? em.find(InboxItem.class, taskId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(InboxItem.class, taskId);
        if (task == null) {
            boolean finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
            throw finished ? DomainException.conflict(ProblemCode.TASK_COMPLETED, "Task " + taskId + " is already completed")
                    : DomainException.notFound("Task", taskId);
        }
        if (actor.username().equals(task.assignee)) {
            return task;
        }
        if (task.candidateGroups.stream().noneMatch(groups::contains)) {
            throw DomainException.forbidden(ProblemCode.NOT_YOUR_TASK, "Task " + taskId + " is not for your role or agency");
        }
        if (task.assignee != null) {
            throw DomainException.conflict(ProblemCode.TASK_CLAIMED, "Task " + taskId + " is claimed by " + task.assignee,
                    task.assignee);
        }
        return task;
    }

    /** Whoever submitted the proposal, or started this process (e.g. requested an amendment), may not decide it. */
    private void requireSeparation(InboxItem task, Actor actor) {
        StepDefinition step = steps.of(task.processDefinitionId, task.taskKey);
        if (step.separateFromSubmitter() && ((task.proposalId != null
                && actor.username().equals(em.find(Proposal.class, task.proposalId).owner))
                || actor.username().equals(tasks.getVariable(task.taskId, ProcessVariables.SUBMITTED_BY)))) {
            throw DomainException.forbidden(ProblemCode.SUBMITTER_MAY_NOT_DECIDE,
                    "You submitted this proposal, so you may not " + step.nameEn().toLowerCase(Locale.ROOT));
        }
    }

    /** One inbox row: the task and the summary of its proposal, if it is about one. */
    private static final String ROW = "select i.taskId, i.taskKey, i.processDefinitionId, i.assignee, i.createdAt, i.dueAt, "
            + "p.id, p.kind, p.titleVi, p.titleEn, n.nameVi, n.name, p.committedAmount, p.currency, p.status, p.owner "
            + "from InboxItem i left join Proposal p on p.id = i.proposalId left join p.ngo n";

    private List<TaskView> views(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, TaskEscalation> escalated = escalations.forTasks(ids);
        // Offered to a group (claim and hand back), as opposed to assigned to one person by the process.
        Set<String> shared = new HashSet<>(em.createQuery("select distinct c.taskId from InboxCandidate c where c.taskId in :ids",
                String.class).setParameter("ids", ids).getResultList());
        Instant now = clock.instant();
        return rows.stream().map(r -> {
            StepDefinition step = steps.of((String) r[2], (String) r[1]);
            Instant due = (Instant) r[5];
            TaskEscalation escalation = escalated.get((String) r[0]);
            var proposal = r[6] == null ? null : new TaskView.ProposalRef((Long) r[6], (AidKind) r[7], (String) r[8],
                    (String) r[9], (String) r[10], (String) r[11], (java.math.BigDecimal) r[12], (String) r[13],
                    (ProposalStatus) r[14], (String) r[15]);
            // what a step declares with {variable}s is filled in from its process (only such steps read the variables)
            Map<String, Object> variables = step.subject() == null && step.downloads().isEmpty()
                    && step.reportVariable() == null ? Map.of() : tasks.getVariables((String) r[0]);
            var subject = step.subject() == null ? null
                    : new StepDefinition.Subject(fill(step.subject().vi(), variables), fill(step.subject().en(), variables));
            var downloads = step.downloads().stream().map(d -> new StepDefinition.Download(d.id(), d.labelVi(), d.labelEn(),
                    fill(d.path(), variables))).toList();
            return new TaskView((String) r[0], step.key(), step.nameVi(), step.nameEn(), (String) r[3], (Instant) r[4],
                    due, due != null && due.isBefore(now), escalation == null ? null : escalation.escalatedAt,
                    step.editsProposal(), shared.contains((String) r[0]),
                    step.outcomes().stream().map(o -> new TaskView.OutcomeView(o.id(), o.labelVi(), o.labelEn(),
                            step.fieldsFor(o.id()))).toList(),
                    proposal, subject, downloads, List.of(), step.reportVariable() != null
                            && variables.get(step.reportVariable()) instanceof Number n ? n.longValue() : null, null);
        }).toList();
    }

    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\{(\\w+)}");

    /** The text with each {name} replaced by the process variable's value (left as it is when there is none). */
    static String fill(String text, Map<String, Object> variables) {
        return VARIABLE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                String.valueOf(variables.getOrDefault(m.group(1), m.group()))));
    }
}
