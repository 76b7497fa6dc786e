package vn.vientro.report.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vientro.proposal.workflow.DecisionOutputsDelegate;
import vn.vientro.report.service.MinistryReports;
import vn.vientro.support.TestClock;
import vn.vientro.workflow.ProcessTestEngine;
import vn.vientro.workflow.ProcessTestEngine.Recorder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The annual-ministry-report BPMN alone, with the calendar DMN it calls: the yearly timer starts the report of the
 * year just ended at midnight on 1 January in the province, the step is due at the close of 15 January, its overdue
 * timer fires then, and a second start for a year already claimed ends at once. Each test deploys on its own engine
 * with the clock fixed first, because the timer start job's first due date is worked out when the model is deployed.
 */
class AnnualMinistryReportProcessTest {

    private static final TestClock clock = ProcessTestEngine.CLOCK;
    private static final String KEY = "annualMinistryReport";

    ProcessEngine engine;
    final Recorder tasks = new Recorder();
    final Recorder overdue = new Recorder();
    /** The years claimed so far, in the order claimed (the real claim is a row in ministry_report). */
    final List<Integer> claimed = new ArrayList<>();

    @BeforeEach
    void deployOn31December() {
        clock.set(LocalDateTime.of(2031, 12, 31, 10, 0));
        Map<String, Object> beans = new java.util.HashMap<>();
        ReportYearClaimDelegate claim = new ReportYearClaimDelegate();
        claim.zone = TestClock.PROVINCE;
        claim.reports = new MinistryReports() {
            @Override
            public boolean claim(int year, String processInstanceId) {
                if (claimed.contains(year)) {
                    return false;
                }
                return claimed.add(year);
            }
        };
        beans.putAll(Map.of("reportYearClaim", claim, "ministryReportTask", tasks, "overdueRecorder", overdue));
        engine = ProcessTestEngine.start(beans, "bpmn/annual-ministry-report.bpmn", "bpmn/ministry-report-calendar.dmn");
        // the engine copies the beans it is given: the calendar delegate, which needs the engine, joins afterwards
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans()
                .put("decisionOutputs", new DecisionOutputsDelegate(engine.getDecisionService()));
        init(engine);
    }

    @AfterEach
    void tearDown() {
        reset();
        clock.reset();
        engine.close();
    }

    private Job startTimer() {
        return engine.getManagementService().createJobQuery().timers().processDefinitionKey(KEY).activityId("yearEnded").singleResult();
    }

    @Test
    void onFirstJanuaryTheOfficersGetTheReportOfTheYearJustEndedDueOn15January() {
        // midnight of 1 January 2032 in the province is 17:00 on 31 December UTC
        assertThat(startTimer().getDuedate().toInstant()).isEqualTo(Instant.parse("2031-12-31T17:00:00Z"));
        clock.set(LocalDateTime.of(2032, 1, 1, 0, 0, 1));
        execute(startTimer());

        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).singleResult();
        assertThat(pi).isWaitingAt("sendAnnualReport").variables().containsEntry("reportYear", 2031)
                .containsEntry("dueMonthDay", "--01-15");
        assertThat(pi).task().hasCandidateGroup("officer").isNotAssigned();
        // the close of office hours (17:00) on Thursday 15 January 2032 in the province
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(Instant.parse("2032-01-15T10:00:00Z"));
        assertThat(tasks.calls()).containsExactly("sendAnnualReport:create");
        assertThat(claimed).containsExactly(2031);
        // the cycle goes on: the next start is a year later
        assertThat(startTimer().getDuedate().toInstant()).isEqualTo(Instant.parse("2032-12-31T17:00:00Z"));
    }

    @Test
    void aReportNotSentBy15JanuaryIsFlaggedAndStaysOpenUntilSent() {
        clock.set(LocalDateTime.of(2032, 1, 1, 0, 0, 1));
        execute(startTimer());
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).singleResult();
        assertThat(job(pi).getDuedate().toInstant()).isEqualTo(Instant.parse("2032-01-15T10:00:00Z"));
        clock.set(LocalDateTime.of(2032, 1, 15, 17, 1));
        execute(job(pi));
        assertThat(overdue.calls()).containsExactly("sendAnnualReportOverdue");
        assertThat(pi).isWaitingAt("sendAnnualReport");

        complete(task(pi), withVariables("sendAnnualReportOutcome", "markSent", "sentOn", "2032-01-16", "sentVia", "post"));
        assertThat(pi).isEnded().hasPassed("annualReportSent");
        assertThat(tasks.calls()).containsExactly("sendAnnualReport:create", "sendAnnualReport:complete");
    }

    @Test
    void aSecondStartForAYearAlreadyClaimedEndsAtOnce() {
        var runtime = engine.getRuntimeService();
        ProcessInstance first = runtime.startProcessInstanceByKey(KEY, Map.of("reportYear", 2030));
        ProcessInstance second = runtime.startProcessInstanceByKey(KEY, Map.of("reportYear", 2030));
        assertThat(first).isWaitingAt("sendAnnualReport");
        assertThat(task(first).getDueDate().toInstant()).isEqualTo(Instant.parse("2031-01-15T10:00:00Z"));
        assertThat(second).isEnded().hasPassed("duplicateIgnored").hasNotPassed("sendAnnualReport");
        assertThat(claimed).containsExactly(2030);
    }
}
