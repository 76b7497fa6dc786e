package vn.vientro.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.service.ProposalSubmitted;

/**
 * Test-only: a downstream step that fails after the proposal row and the process instance were written,
 * for proposals whose title carries the marker. Stands in for any failure late in the transaction.
 */
@ApplicationScoped
public class FailAfterSubmit {

    public static final String MARKER = "[lỗi-sau-khi-ghi]";

    void onSubmitted(@Observes ProposalSubmitted event) {
        Proposal p = Proposal.findById(event.proposalId());
        if (p.titleVi.contains(MARKER)) {
            throw new IllegalStateException("Simulated failure after the proposal was written");
        }
    }
}
