package vn.vientro.proposal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vientro.common.Page;
import vn.vientro.common.VietnameseText;
import vn.vientro.common.Where;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.Opinion;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.security.Actor;

import java.util.List;

/** Reading proposals: the list and the single read, both through {@link ProposalAccess}. */
@ApplicationScoped
public class ProposalQueries {

    @Inject
    EntityManager em;

    @Inject
    DocumentService documents;

    @Inject
    ProposalProcess process;

    /**
     * {@code mine}: only the proposals the caller owns (an officer's "my proposals"); {@code projects}: only projects
     * (approved, revoked or closed).
     */
    public record Filter(ProposalStatus status, AidKind kind, String q, boolean mine, boolean projects, int page, int size) {
    }

    public Page<ProposalSummary> list(Actor actor, Filter filter) {
        Where where = ProposalAccess.where(actor).and("p.owner = :owner", "owner", filter.mine() ? actor.username() : null)
                .and("p.status = :status", "status", filter.status())
                .and("p.status in :projects", "projects", filter.projects() ? ProposalStatus.PROJECT : null);
        matching(where, filter.kind(), filter.q());
        var count = where.bind(em.createQuery("select count(p) from Proposal p" + where, Long.class));
        var items = where.bind(em.createQuery("select new vn.vientro.proposal.service.ProposalSummary(p.id, p.kind, "
                + "p.titleVi, p.titleEn, p.ngo.nameVi, p.ngo.name, p.committedAmount, p.currency, p.status, p.owner, p.submittedAt, "
                + "p.updatedAt) from Proposal p" + where + " order by p.updatedAt desc, p.id desc", ProposalSummary.class));
        List<ProposalSummary> page = items.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size()).getResultList();
        return new Page<>(page, count.getSingleResult(), filter.page(), filter.size());
    }

    /**
     * The list filters a proposal {@code p} answers to wherever proposals are listed (here and in the inbox): its
     * kind, and a search of its titles and its NGO's names that ignores case and diacritics. Null: not filtered.
     */
    public static void matching(Where where, AidKind kind, String q) {
        where.and("p.kind = :kind", "kind", kind);
        if (q != null && !q.isBlank()) {
            where.and(VietnameseText.searchCondition(List.of("p.titleVi", "p.titleEn", "p.ngo.nameVi", "p.ngo.name"),
                    q, where.params()));
        }
    }

    /** The proposal if this actor may see it (404 when there is none, 403 when it is not theirs to see). */
    public Proposal visible(long id, Actor actor) {
        Proposal p = find(id);
        Where where = ProposalAccess.where(actor).and("p.id = :id", "id", id);
        var query = where.bind(em.createQuery("select count(p) from Proposal p" + where, Long.class));
        if (query.getSingleResult() == 0) {
            throw DomainException.forbidden(ProblemCode.NOT_VISIBLE, "You may not see proposal " + id);
        }
        return p;
    }

    public ProposalView view(long id, Actor actor) {
        return view(visible(id, actor));
    }

    ProposalView view(Proposal p) {
        List<Opinion> opinions = Opinion.list("proposalId = ?1 order by requestedAt, agency", p.id);
        return ProposalView.of(p, documents.list(p.id), opinions, conditions(p));
    }

    /** The conditions the proposal's decision carries; none before a decision is entered. */
    public List<StepRecord.Condition> conditions(Proposal p) {
        // read from the steps recorded up to the decision, which never change afterwards
        return p.decisionNumber == null ? List.of() : StepRecord.conditions(process.records(p));
    }

    /** What each step of the proposal's process recorded, oldest first, if this actor may see the proposal. */
    public List<StepRecord> records(long id, Actor actor) {
        return process.records(visible(id, actor));
    }

    public String processInstanceOf(long id) {
        return find(id).processInstanceId;
    }

    public Proposal find(long id) {
        Proposal p = em.find(Proposal.class, id);
        if (p == null) {
            throw DomainException.notFound("Proposal", id);
        }
        return p;
    }
}
