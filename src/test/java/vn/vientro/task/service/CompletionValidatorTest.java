package vn.vientro.task.service;

import org.junit.jupiter.api.Test;
import vn.vientro.common.domain.DomainException;
import vn.vientro.workflow.StepDefinition;
import vn.vientro.workflow.StepDefinition.Field;
import vn.vientro.workflow.StepDefinition.FieldType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An answer checked against what a step declares, without Quarkus: outcomes, required and optional fields, text
 * lengths, dates and a decision's date against the submission day and today in the province's zone.
 */
class CompletionValidatorTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 23 November 2026, 08:00 in the province (01:00 UTC). */
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    /** Submitted at 23:30 on 19 November in the province, which is still the 19th there but the 19th 16:30 UTC. */
    private static final Instant SUBMITTED = Instant.parse("2026-11-19T16:30:00Z");

    private static final StepDefinition APPROVE = new StepDefinition("approveProposal", "Phê duyệt", "Decide",
            List.of(new StepDefinition.Outcome("approve", "Phê duyệt", "Approve"),
                    new StepDefinition.Outcome("reject", "Không phê duyệt", "Reject")),
            Map.of("approve", List.of(new Field("decisionNumber", FieldType.TEXT, true, 10, false, false, null, null, false, null, List.of()),
                            new Field("decisionDate", FieldType.DATE, true, 0, true, false, null, null, false, null, List.of()),
                            new Field("note", FieldType.TEXT, false, 4000, false, false, null, null, false, null, List.of()),
                            new Field("meetingDate", FieldType.DATE, false, 0, false, false, null, null, false, null, List.of())),
                    "reject", List.of(new Field("rejectionReason", FieldType.TEXT, true, 4000, false, false, null, null, false, null, List.of()))),
            false, false, false, null, List.of());

    private final CompletionValidator validator = validator();

    private static CompletionValidator validator() {
        CompletionValidator v = new CompletionValidator();
        v.clock = Clock.fixed(NOW, PROVINCE);
        v.zone = PROVINCE;
        return v;
    }

    private Map<String, Object> validate(String outcome, Map<String, Object> fields) {
        return validator.validate(APPROVE, new CompletionInput(outcome, null, fields), SUBMITTED, name -> null);
    }

    private static DomainException refused(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aCompleteAnswerBecomesPlainVariables() {
        assertThat(validate("approve", Map.of("decisionNumber", "  12/QĐ  ", "decisionDate", "2026-11-20",
                "meetingDate", "2025-01-02")))
                .containsExactly(Map.entry("decisionNumber", "12/QĐ"), Map.entry("decisionDate", "2026-11-20"),
                        Map.entry("meetingDate", "2025-01-02"));
    }

    @Test
    void anOutcomeTheStepDoesNotOfferIsRefusedNamingTheAllowedOnes() {
        DomainException e = refused(() -> validate("sendBack", Map.of()));
        assertThat(e.getMessage()).contains("sendBack", "approve", "reject");
    }

    @Test
    void requiredFieldsMustBeThereAndOptionalOnesMayBeBlank() {
        assertThat(refused(() -> validate("reject", Map.of("rejectionReason", "   "))).getMessage()).contains("required");
        assertThat(validate("reject", Map.of("rejectionReason", "Không phù hợp", "note", "ignored")))
                .containsOnlyKeys("rejectionReason");   // a field of another outcome is not taken
        assertThat(validate("approve", Map.of("decisionNumber", "1", "decisionDate", "2026-11-23", "note", "")))
                .doesNotContainKey("note");
    }

    @Test
    void textIsCheckedForTypeAndLength() {
        assertThatThrownBy(() -> validate("approve", Map.of("decisionNumber", 12, "decisionDate", "2026-11-20")))
                .isInstanceOf(DomainException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> validate("approve", Map.of("decisionNumber", "12345678901", "decisionDate", "2026-11-20")))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 10");
    }

    @Test
    void aDecisionDateLiesBetweenTheSubmissionDayAndTodayInTheProvince() {
        assertThat(validate("approve", Map.of("decisionNumber", "1", "decisionDate", "2026-11-19"))).isNotEmpty();
        assertThat(validate("approve", Map.of("decisionNumber", "1", "decisionDate", "2026-11-23"))).isNotEmpty();
        assertThat(refused(() -> validate("approve", Map.of("decisionNumber", "1", "decisionDate", "2026-11-18")))
                .getMessage()).contains("2026-11-19");
        // 24 November is still the future at 08:00 on the 23rd in the province
        assertThat(refused(() -> validate("approve", Map.of("decisionNumber", "1", "decisionDate", "2026-11-24")))
                .getMessage()).contains("future");
        assertThat(refused(() -> validate("approve", Map.of("decisionNumber", "1", "decisionDate", "20/11/2026")))
                .getMessage()).contains("YYYY-MM-DD");
    }

    @Test
    void anOrdinaryDateHasNoDecisionBounds() {
        assertThat(validate("approve", Map.of("decisionNumber", "1", "decisionDate", "2026-11-20",
                "meetingDate", "2030-01-01"))).containsEntry("meetingDate", "2030-01-01");
    }
}
