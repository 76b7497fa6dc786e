package vn.vientro.workflow;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The steps the BPMN declares, read without an engine: outcomes, fields, rules, and the deploy-time check. */
class StepDefinitionsTest {

    private static String xml(String file) throws IOException {
        return Files.readString(Path.of("bpmn", file));
    }

    private static BpmnModelInstance model(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static StepDefinition step(String xml, String id) {
        return StepDefinitions.parse(model(xml).<UserTask>getModelElementById(id));
    }

    @Test
    void theShippedProcessesDeclareTheirStepsCorrectly() throws IOException {
        assertThat(StepDefinitions.problems(model(xml("aid-proposal.bpmn")))).isEmpty();
        assertThat(StepDefinitions.problems(model(xml("project-amendment.bpmn")))).isEmpty();
        ProcessDeployer.checkSteps("bpmn/aid-proposal.bpmn");
    }

    @Test
    void theApprovalStepOffersItsOutcomesInOrderWithTypedFields() throws IOException {
        StepDefinition approve = step(xml("aid-proposal.bpmn"), "approveProposal");
        assertThat(approve.nameEn()).isEqualTo("Decide on the proposal");
        assertThat(approve.outcomes()).extracting(StepDefinition.Outcome::id).containsExactly("approve", "reject", "sendBack");
        assertThat(approve.outcome("approve").orElseThrow().labelVi()).isEqualTo("Phê duyệt");
        assertThat(approve.fieldsFor("approve")).containsExactly(
                new StepDefinition.Field("decisionNumber", StepDefinition.FieldType.TEXT, true, 60, false, false,
                        "Số quyết định", "Decision number", false, null, List.of()),
                new StepDefinition.Field("decisionDate", StepDefinition.FieldType.DATE, true, 0, true, false,
                        "Ngày quyết định", "Decision date", false, null, List.of()),
                new StepDefinition.Field("decisionSigner", StepDefinition.FieldType.TEXT, true, 200, false, false,
                        "Người ký quyết định", "Signed by", false, null, List.of()),
                new StepDefinition.Field("conditions", StepDefinition.FieldType.TEXT, false,
                        StepDefinitions.DEFAULT_TEXT_LENGTH, false, false, "Điều kiện kèm theo quyết định",
                        "Conditions of the approval", true, null, List.of()));
        // The approver sees the appraisal first, then the agencies' opinions.
        assertThat(approve.shows()).containsExactly("appraiseProposal", "giveOpinion");
        assertThat(approve.fieldsFor("reject")).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("rejectionReason");
            assertThat(f.maxLength()).isEqualTo(StepDefinitions.DEFAULT_TEXT_LENGTH);
        });
        assertThat(approve.separateFromSubmitter()).isTrue();
        assertThat(approve.editsProposal()).isFalse();
        assertThat(step(xml("aid-proposal.bpmn"), "supplementDossier").editsProposal()).isTrue();
        assertThat(step(xml("aid-proposal.bpmn"), "giveOpinion").multiInstance()).isTrue();
    }

    @Test
    void labelsConditionsAndTheStepsShownAreDeclaredPerStep() throws IOException {
        StepDefinition opinion = step(xml("aid-proposal.bpmn"), "giveOpinion");
        assertThat(opinion.fieldsFor("agreeWithConditions")).singleElement().satisfies(f -> {
            assertThat(f.labelVi()).isEqualTo("Điều kiện kèm theo");
            assertThat(f.labelEn()).isEqualTo("Conditions");
            assertThat(f.condition()).isTrue();
        });
        // Reasons for disagreeing are not conditions of a decision.
        assertThat(opinion.fieldsFor("disagree")).singleElement().satisfies(f -> assertThat(f.condition()).isFalse());
        assertThat(opinion.shows()).isEmpty();
        assertThat(step(xml("aid-proposal.bpmn"), "appraiseProposal").shows()).containsExactly("giveOpinion", "approveProposal");
        // A label without an English part is the Vietnamese one in both languages; a field without a label has none.
        StepDefinition relabelled = step(xml("aid-proposal.bpmn")
                .replace("value=\"Lý do không đồng ý | Reasons for disagreeing\"", "value=\"Lý do\"")
                .replace("<camunda:property name=\"label:conditions\" value=\"Điều kiện kèm theo | Conditions\"/>", ""),
                "giveOpinion");
        assertThat(relabelled.fieldsFor("disagree").get(0)).extracting("labelVi", "labelEn").containsExactly("Lý do", "Lý do");
        assertThat(relabelled.fieldsFor("agreeWithConditions").get(0)).extracting("labelVi", "labelEn").containsExactly(null, null);
    }

    @Test
    void aDispatchesFieldNamesTheVariableOfItsRecipientsAndLabelsEachOne() throws IOException {
        StepDefinition send = step(xml("decision-dispatch.bpmn"), "sendDecision");
        assertThat(send.fieldsFor("sent")).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(StepDefinition.FieldType.DISPATCHES);
            assertThat(f.source()).isEqualTo("recipients");
            assertThat(f.options()).containsExactly(new StepDefinition.Option("DONOR", "Nhà tài trợ", "Donor"),
                    new StepDefinition.Option("MINISTRY_OF_FINANCE", "Bộ Tài chính", "Ministry of Finance"),
                    new StepDefinition.Option("AID_OWNER", "Chủ khoản viện trợ", "Aid owner"));
            // A recipient the step does not label is named by its code.
            assertThat(f.option("MINISTRY_OF_HOME_AFFAIRS")).extracting("labelVi", "labelEn")
                    .containsExactly("MINISTRY_OF_HOME_AFFAIRS", "MINISTRY_OF_HOME_AFFAIRS");
        });
        assertThat(StepDefinitions.problems(model(xml("decision-dispatch.bpmn")))).isEmpty();
        assertThat(StepDefinitions.problems(model(xml("decision-dispatch.bpmn")
                .replace("dispatches:dispatches(recipients)", "dispatches:dispatches")
                .replace("name=\"label:dispatches.DONOR\"", "name=\"label:dispatch.DONOR\""))))
                .containsExactlyInAnyOrder("sendDecision: fields:sent has an unknown field type or length: dispatches:dispatches",
                        "sendDecision: label:dispatch.DONOR labels a field the step does not have");
    }

    @Test
    void typosInStepPropertiesAreNamed() throws IOException {
        String broken = xml("aid-proposal.bpmn")
                .replace("name=\"fields:sendBack\"", "name=\"fields:sendBak\"")
                .replace("name=\"separateFromSubmitter\" value=\"true\"/><camunda:property name=\"outcome:complete\"",
                        "name=\"separateFromSubmitter\" value=\"yes\"/><camunda:property name=\"outcome:complete\"")
                .replace("decisionDate:date", "decisionDate:day")
                .replace("name=\"nameEn\" value=\"Revise the proposal\"", "name=\"nameEN\" value=\"Revise the proposal\"");
        assertThat(StepDefinitions.problems(model(broken))).containsExactlyInAnyOrder(
                "approveProposal: fields:sendBak is for an outcome the step does not offer",
                "checkDossier: separateFromSubmitter must be true or false, not yes",
                "approveProposal: fields:approve has an unknown field type or length: decisionNumber:text(60), decisionDate:day(decision), decisionSigner:text(200), "
                        + "conditions:text?",
                "reviseProposal: unknown property nameEN");
        assertThat(StepDefinitions.problems(model(xml("aid-proposal.bpmn")
                .replaceAll("<camunda:property name=\"outcome:(agree|agreeWithConditions|disagree)\"[^>]*/>", ""))))
                .contains("giveOpinion: declares no outcome");
        String misnamed = xml("aid-proposal.bpmn")
                .replace("name=\"label:reasons\"", "name=\"label:reason\"")
                .replace("name=\"decisionConditions\" value=\"conditions\"/><camunda:property name=\"shows\" value=\"appraiseProposal, giveOpinion\"",
                        "name=\"decisionConditions\" value=\"condition\"/><camunda:property name=\"shows\" value=\"appraiseProposal, giveOpinions\"");
        assertThat(StepDefinitions.problems(model(misnamed))).containsExactlyInAnyOrder(
                "giveOpinion: label:reason labels a field the step does not have",
                "approveProposal: decisionConditions names condition, a field the step does not have",
                "approveProposal: shows giveOpinions, which is not a user task of the process");
    }

    @Test
    void aMissingModelIsAnError() {
        assertThatThrownBy(() -> ProcessDeployer.checkSteps("bpmn/none.bpmn")).isInstanceOf(RuntimeException.class);
    }
}
