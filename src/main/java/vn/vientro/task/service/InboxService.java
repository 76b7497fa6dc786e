package vn.vientro.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.Page;
import vn.vientro.common.Problems;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.workflow.CamundaProposalProcess;
import vn.vientro.proposal.workflow.ProcessVariables;
import vn.vientro.security.Actor;
import vn.vientro.task.domain.TaskEscalation;
import vn.vientro.task.rest.CompletionInput;
import vn.vientro.task.rest.TaskView;
import vn.vientro.workflow.StepDefinition;
import vn.vientro.workflow.StepDefinitions;

import java.time.Instant;
import java.util.*;
import java.util.stream.Collectors;

/**
 * The task inbox: what is waiting for a person, and claiming and completing it. Which outcomes and
 * fields a task accepts comes from the BPMN ({@link StepDefinitions}), never from a switch here.
 */
@ApplicationScoped
public class InboxService {

    public enum Sort { DUE, CREATED }

    public record Filter(String key, Long proposalId, Boolean overdue, AidKind kind, String q, Sort sort, boolean descending,
                         int page, int size) {
    }

    @Inject
    TaskService tasks;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    StepDefinitions steps;

    @Inject
    CompletionValidator validator;

    @Inject
    EscalationService escalations;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public Page<TaskView> inbox(Actor actor, List<String> groups, Filter filter) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(CamundaProposalProcess.PROCESS_KEY).active()
                .or().taskAssignee(actor.username()).taskCandidateGroupIn(groups).endOr();
        if (filter.key() != null) {
            query.taskDefinitionKey(filter.key());
        }
        if (filter.proposalId() != null) {
            query.processInstanceBusinessKey(String.valueOf(filter.proposalId()));
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.dueBefore(new Date());
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.dueAfter(new Date());
        }
        if (filter.kind() != null) {
            query.processVariableValueEquals(ProcessVariables.KIND, filter.kind().name());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            query.processVariableValueLike(ProcessVariables.TITLE, "%" + filter.q() + "%");
        }
        if (filter.sort() == Sort.CREATED) {
            query.orderByTaskCreateTime();
        } else {
            query.orderByDueDate();
        }
        if (filter.descending()) {
            query.desc();
        } else {
            query.asc();
        }
        long total = query.count();
        List<Task> page = query.listPage(filter.page() * filter.size(), filter.size());
        return new Page<>(views(page), total, filter.page(), filter.size());
    }

    public TaskView get(String taskId, Actor actor, List<String> groups) {
        Task task = workable(taskId, actor, groups);
        return views(List.of(task)).get(0);
    }

    @Transactional
    public TaskView claim(String taskId, Actor actor, List<String> groups) {
        Task task = workable(taskId, actor, groups);
        requireSeparation(task, actor);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, actor.username());
            audit.record(proposalId(task), actor.username(), "TASK_CLAIMED",
                    new AuditLog.Step(taskId, task.getTaskDefinitionKey(), null, null, null));
        }
        return views(List.of(tasks.createTaskQuery().taskId(taskId).singleResult())).get(0);
    }

    @Transactional
    public void unclaim(String taskId, Actor actor, List<String> groups) {
        Task task = workable(taskId, actor, groups);
        if (!actor.username().equals(task.getAssignee())) {
            throw Problems.conflict("Task " + taskId + " is not claimed by you");
        }
        if (actor.username().equals(submittedBy(task))) {
            throw Problems.conflict("This task belongs to the proposal's officer and cannot be handed back");
        }
        tasks.setAssignee(taskId, null);
        audit.record(proposalId(task), actor.username(), "TASK_UNCLAIMED",
                new AuditLog.Step(taskId, task.getTaskDefinitionKey(), null, null, null));
    }

    /** Completes the task with an allowed outcome; the audit entry, the proposal status and the engine commit together. */
    @Transactional
    public void complete(String taskId, CompletionInput input, Actor actor, List<String> groups) {
        Task task = workable(taskId, actor, groups);
        requireSeparation(task, actor);
        StepDefinition step = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        Map<String, Object> fields = validator.validate(step, input);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, actor.username());
        }
        Map<String, Object> local = new HashMap<>();
        local.put(ProcessVariables.OUTCOME, input.outcome());
        local.put(ProcessVariables.COMMENT, input.comment());
        local.putAll(fields);
        tasks.setVariablesLocal(taskId, local);
        audit.record(proposalId(task), actor.username(), "TASK_COMPLETED",
                new AuditLog.Step(taskId, task.getTaskDefinitionKey(), input.outcome(), input.comment(), fields));
        Map<String, Object> processVariables = new HashMap<>();
        // Parallel instances (one per agency) keep their answers local; a gateway reads single tasks' outcomes.
        if (!step.multiInstance()) {
            processVariables.put(ProcessVariables.outcomeOf(step.key()), input.outcome());
            processVariables.putAll(fields);
        }
        tasks.complete(taskId, processVariables);
    }

    /** The open task if this person may work on it: its assignee, or a candidate while it is unassigned. */
    private Task workable(String taskId, Actor actor, List<String> groups) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            boolean finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
            throw finished ? Problems.conflict("Task " + taskId + " is already completed") : Problems.notFound("Task", taskId);
        }
        if (actor.username().equals(task.getAssignee())) {
            return task;
        }
        boolean candidate = !groups.isEmpty() && tasks.createTaskQuery().taskId(taskId)
                .taskCandidateGroupIn(groups).includeAssignedTasks().count() > 0;
        if (!candidate) {
            throw Problems.forbidden("Task " + taskId + " is not for your role or agency");
        }
        if (task.getAssignee() != null) {
            throw Problems.conflict("Task " + taskId + " is claimed by " + task.getAssignee());
        }
        return task;
    }

    private void requireSeparation(Task task, Actor actor) {
        StepDefinition step = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        if (step.separateFromSubmitter() && actor.username().equals(submittedBy(task))) {
            throw Problems.forbidden("You submitted this proposal, so you may not " + step.nameEn().toLowerCase(Locale.ROOT));
        }
    }

    private String submittedBy(Task task) {
        return (String) runtime.getVariable(task.getExecutionId(), ProcessVariables.SUBMITTED_BY);
    }

    private long proposalId(Task task) {
        return ((Number) runtime.getVariable(task.getExecutionId(), ProcessVariables.PROPOSAL_ID)).longValue();
    }

    private List<TaskView> views(List<Task> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, TaskView.ProposalRef> proposals = em.createQuery(
                        "select p.processInstanceId, new vn.vientro.task.rest.TaskView$ProposalRef(p.id, p.kind, p.titleVi, "
                                + "p.titleEn, p.ngo.nameVi, p.committedAmount, p.currency, p.status, p.owner) "
                                + "from Proposal p where p.processInstanceId in :ids", Object[].class)
                .setParameter("ids", instanceIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (TaskView.ProposalRef) r[1]));
        Map<String, TaskEscalation> escalated = escalations.forTasks(page.stream().map(Task::getId).toList());
        Instant now = Instant.now();
        return page.stream().map(t -> {
            StepDefinition step = steps.of(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
            Instant due = t.getDueDate() == null ? null : t.getDueDate().toInstant();
            TaskEscalation escalation = escalated.get(t.getId());
            return new TaskView(t.getId(), t.getTaskDefinitionKey(), step.nameVi(), step.nameEn(), t.getAssignee(),
                    t.getCreateTime().toInstant(), due, due != null && due.isBefore(now),
                    escalation == null ? null : escalation.escalatedAt,
                    step.outcomes().stream().map(o -> new TaskView.OutcomeView(o.id(), o.labelVi(), o.labelEn(),
                            step.fieldsFor(o.id()))).toList(),
                    proposals.get(t.getProcessInstanceId()));
        }).toList();
    }

}
