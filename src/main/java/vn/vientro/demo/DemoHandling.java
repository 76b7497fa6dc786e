package vn.vientro.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.workflow.CamundaProposalProcess;
import vn.vientro.reference.service.PeriodUnit;
import vn.vientro.reference.service.WorkingDayCalendar;
import vn.vientro.task.domain.TaskEscalation;
import vn.vientro.workflow.StepDefinition;
import vn.vientro.workflow.StepDefinitions;
import vn.vientro.workflow.domain.ProcessStep;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recorded steps of how a demo project of the history was handled before its approval, as {@code StepRecorder}
 * keeps them (the engine's own history of them long cleaned up), with an escalation for each step that ran past its
 * deadline: so the dashboard's workflow section shows days per step, some overdue, as a province's work does. The
 * project points at this record like a proposal handled in the application.
 */
@ApplicationScoped
class DemoHandling {

    /**
     * One handling per place of a project in its year: the stages in order, each a step and the days it took; a
     * step with several durations ran side by side (one consultation per agency). Consultations are all answered
     * in time (a late one would have been cancelled); a few stages run well past their deadline and are recorded
     * overdue: the second supplement, and the third handling's first check, second choice of agencies and decision.
     */
    static final List<String> HANDLINGS = List.of(
            // sent back once by the approver
            "checkDossier 1.8; collectOpinions 0.7; giveOpinion 3.4 5.6; appraiseProposal 9.3; approveProposal 2.4; "
                    + "appraiseProposal 4.2; approveProposal 3.1",
            // two supplements, the second late
            "checkDossier 1.9; supplementDossier 8.0; checkDossier 1.3; supplementDossier 19.5; checkDossier 0.9; "
                    + "collectOpinions 1.1; giveOpinion 3.1 4.9 6.8; appraiseProposal 12.5; approveProposal 5.1",
            // returned for revision
            "checkDossier 7.9; collectOpinions 0.8; giveOpinion 2.6 6.1; appraiseProposal 10.4; reviseProposal 9.2; "
                    + "checkDossier 1.6; collectOpinions 4.6; giveOpinion 4.4 5.3; appraiseProposal 6.7; approveProposal 13.5",
            // straight through
            "checkDossier 2.9; collectOpinions 1.4; giveOpinion 2.2 3.7; appraiseProposal 7.8; approveProposal 4.3");

    /** Who did each step; consultations go to the agencies in turn. */
    private static final Map<String, String> DONE_BY = Map.of("checkDossier", "thamdinh.stc",
            "collectOpinions", "thamdinh.stc", "appraiseProposal", "thamdinh.stc", "supplementDossier", "canbo.snv",
            "reviseProposal", "canbo.snv", "approveProposal", "pheduyet.ubnd");
    private static final List<String> CONSULTEES = List.of("ykien.ca", "ykien.syt", "ykien.stc");

    @Inject
    EntityManager em;

    @Inject
    RepositoryService repository;

    @Inject
    DecisionService decisions;

    @Inject
    StepDefinitions steps;

    @Inject
    WorkingDayCalendar calendar;

    /** Records handling {@code handling} of the project, its last step ending at {@code decided}. */
    void record(long projectId, int handling, Instant decided) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(CamundaProposalProcess.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        // a project's working days per step, as the process's route decision gives them
        Map<String, Object> allowed = decisions.evaluateDecisionByKey("proposalRoute")
                .variables(Map.of("kind", "PROJECT")).evaluate().getSingleResult().getEntryMap();
        List<String[]> stages = new ArrayList<>();
        Duration total = Duration.ZERO;
        for (String stage : HANDLINGS.get(handling).split(";")) {
            String[] parts = stage.strip().split(" ");
            stages.add(parts);
            Duration longest = Duration.ZERO;
            for (int i = 1; i < parts.length; i++) {
                longest = max(longest, days(parts[i]));
            }
            total = total.plus(longest);
        }
        String instance = "demo-" + projectId;
        Instant at = decided.minus(total);
        int counter = 0;
        for (String[] stage : stages) {
            StepDefinition step = steps.of(definition, stage[0]);
            Duration longest = Duration.ZERO;
            for (int i = 1; i < stage.length; i++) {
                String id = instance + "-" + ++counter;
                Instant ended = at.plus(days(stage[i]));
                ProcessStep s = new ProcessStep();
                s.activityInstanceId = id;
                s.processInstanceId = instance;
                s.processDefinitionId = definition;
                s.processDefinitionKey = CamundaProposalProcess.PROCESS_KEY;
                s.activityId = stage[0];
                s.activityType = "userTask";
                s.activityName = step.nameVi();
                s.taskId = id;
                s.assignee = DONE_BY.getOrDefault(stage[0], CONSULTEES.get((i - 1) % CONSULTEES.size()));
                s.startedAt = at;
                s.endedAt = ended;
                s.sequenceCounter = counter;
                em.persist(s);
                // late when it ended after its due time, counted (more simply than the process) from its own start
                Instant due = calendar.dueAfter(at, ((Number) allowed.get(step.deadline().daysVariable())).longValue(),
                        PeriodUnit.of(step.deadline().unitVariable() == null ? null : allowed.get(step.deadline().unitVariable())));
                if (ended.isAfter(due)) {
                    TaskEscalation e = new TaskEscalation();
                    e.taskId = id;
                    e.proposalId = projectId;
                    e.taskKey = stage[0];
                    e.dueAt = due;
                    e.escalatedAt = due;
                    em.persist(e);
                }
                longest = max(longest, days(stage[i]));
            }
            at = at.plus(longest);
        }
        em.find(Proposal.class, projectId).processInstanceId = instance;
    }

    private static Duration days(String days) {
        return Duration.ofMinutes(Math.round(Double.parseDouble(days) * 24 * 60));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
