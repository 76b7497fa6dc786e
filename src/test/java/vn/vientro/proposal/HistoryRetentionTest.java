package vn.vientro.proposal;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.support.Api.*;

/**
 * The engine's history cleanup removes a closed proposal's engine history; its timeline, diagram and the reports
 * read our own tables and stay complete. The cleanup is the engine's own job, run now, on the two proposals'
 * history given a removal time in the past (the rest of the database keeps its ten years).
 */
@QuarkusTest
class HistoryRetentionTest {

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    private static List<Map<String, Object>> timeline(long id) {
        return as(OFFICER).get("/api/proposals/" + id + "/timeline").then().statusCode(200).extract().path("$");
    }

    private static List<String> completedSteps(long id) {
        return as(OFFICER).get("/api/proposals/" + id + "/diagram").then().statusCode(200).extract().path("completedActivityIds");
    }

    private static Map<String, Object> dashboard() {
        return as(LEADERSHIP).get("/api/dashboard/" + today().getYear()).then().statusCode(200).extract().path("$");
    }

    private String processInstance(long id) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
    }

    private long engineHistoryOf(String pid) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(pid).count()
                + history.createHistoricActivityInstanceQuery().processInstanceId(pid).count()
                + history.createHistoricTaskInstanceQuery().processInstanceId(pid).count()
                + history.createHistoricVariableInstanceQuery().processInstanceId(pid).count();
    }

    private void runBatch(Batch batch) {
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId())) {
            for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
                management.executeJob(job.getId());
            }
        }
    }

    @Test
    void aClosedProposalKeepsItsTimelineDiagramAndReportsAfterTheEngineHistoryIsCleanedUp() {
        long approved = approvedProject(proposal("PROJECT", "Dự án phê duyệt rồi dọn lịch sử máy quy trình"), today().toString());
        long withdrawn = submitted("PROJECT", "Đề xuất rút rồi dọn lịch sử máy quy trình");
        complete(withdrawn, "checkDossier", APPRAISER, "incomplete", Map.of("missingItems", "Văn bản cam kết"));
        complete(withdrawn, "supplementDossier", OFFICER, "withdraw", Map.of("withdrawalReason", "Nhà tài trợ thay đổi kế hoạch"));
        assertThat(status(approved)).isEqualTo("APPROVED");
        assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
        String approvedPid = processInstance(approved);
        String withdrawnPid = processInstance(withdrawn);

        // Our record of the steps is the engine's, step for step: same activities, same times.
        List<Map<String, Object>> approvedTimeline = timeline(approved);
        List<HistoricActivityInstance> engineSteps = history.createHistoricActivityInstanceQuery().processInstanceId(approvedPid)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(a -> !Set.of("exclusiveGateway", "parallelGateway", "multiInstanceBody").contains(a.getActivityType()))
                .toList();
        List<Map<String, Object>> recordedSteps = approvedTimeline.stream().filter(e -> e.get("nameEn") != null
                || engineSteps.stream().anyMatch(a -> a.getActivityType().equals(e.get("type")))).toList();
        assertThat(recordedSteps).extracting(e -> e.get("activityId"))
                .containsExactlyElementsOf(engineSteps.stream().map(HistoricActivityInstance::getActivityId).toList());
        assertThat(recordedSteps).extracting(e -> Instant.parse((String) e.get("endedAt")))
                .containsExactlyElementsOf(engineSteps.stream().map(a -> a.getEndTime().toInstant()).toList());
        assertThat(recordedSteps).extracting(e -> e.get("activityId")).contains("checkDossier", "giveOpinion", "approveProposal",
                "proposalApproved");

        List<Map<String, Object>> withdrawnTimeline = timeline(withdrawn);
        List<String> approvedDiagram = completedSteps(approved);
        List<String> withdrawnDiagram = completedSteps(withdrawn);
        Map<String, Object> figures = dashboard();

        Batch removal = history.setRemovalTimeToHistoricProcessInstances()
                .absoluteRemovalTime(Date.from(ClockUtil.getCurrentTime().toInstant().minusSeconds(86_400))).byIds(approvedPid, withdrawnPid).executeAsync();
        runBatch(removal);
        assertThat(engineHistoryOf(approvedPid)).isPositive();
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        assertThat(engineHistoryOf(approvedPid)).isZero();
        assertThat(engineHistoryOf(withdrawnPid)).isZero();
        assertThat(timeline(approved)).isEqualTo(approvedTimeline);
        assertThat(timeline(withdrawn)).isEqualTo(withdrawnTimeline);
        assertThat(completedSteps(approved)).isEqualTo(approvedDiagram).contains("approveProposal", "proposalApproved");
        assertThat(completedSteps(withdrawn)).isEqualTo(withdrawnDiagram).contains("supplementDossier", "proposalWithdrawn");
        assertThat(dashboard()).isEqualTo(figures);
        as(LEADERSHIP).get("/api/reports/annual/" + today().getYear()).then().statusCode(200);
    }
}
