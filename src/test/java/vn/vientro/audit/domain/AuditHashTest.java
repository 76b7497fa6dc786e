package vn.vientro.audit.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTest {

    private static AuditEntry entry(String actor, String comment) {
        AuditEntry e = new AuditEntry();
        e.id = 7L;
        e.proposalId = 3L;
        e.at = Instant.parse("2026-11-23T08:15:30.123456Z");
        e.actor = actor;
        e.action = "TASK_COMPLETED";
        e.comment = comment;
        e.prevHash = "a".repeat(64);
        return e;
    }

    @Test
    void everyColumnAndThePreviousHashCount() {
        String hash = AuditHash.of(entry("canbo.snv", "Đồng ý"));
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(AuditHash.of(entry("canbo.snv", "Đồng ý")));
        assertThat(AuditHash.of(entry("canbo.snv", "Đồng ý."))).isNotEqualTo(hash);
        AuditEntry relinked = entry("canbo.snv", "Đồng ý");
        relinked.prevHash = "b".repeat(64);
        assertThat(AuditHash.of(relinked)).isNotEqualTo(hash);
        AuditEntry moved = entry("canbo.snv", "Đồng ý");
        moved.id = 8L;
        assertThat(AuditHash.of(moved)).isNotEqualTo(hash);
    }

    @Test
    void valuesCannotBeShiftedFromOneColumnToTheNext() {
        assertThat(AuditHash.of(entry("a|b", null))).isNotEqualTo(AuditHash.of(entry("a", "b")));
        assertThat(AuditHash.of(entry("x", null))).isNotEqualTo(AuditHash.of(entry("x", "~")));
        assertThat(AuditHash.of(entry("x", ""))).isNotEqualTo(AuditHash.of(entry("x", null)));
    }
}
