package vn.vientro.proposal.service;

import vn.vientro.common.Where;
import vn.vientro.security.Actor;
import vn.vientro.security.Roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who may see which proposal, written once as a JPQL condition on {@code p} (a {@code Proposal}), so the list and the
 * single read cannot disagree: everyone sees their own proposals; officers, appraisers, approvers and leadership see
 * every submitted one; a consultee sees those its agency was asked about; an aid owner sees the submitted ones its
 * unit owns; an administrator sees all.
 */
final class ProposalAccess {

    private ProposalAccess() {
    }

    /** The proposals {@code p} this actor may see, as the start of a where clause. */
    static Where where(Actor actor) {
        Map<String, Object> params = new HashMap<>();
        Where where = new Where(condition(actor, params));
        where.params().putAll(params);
        return where;
    }

    private static String condition(Actor actor, Map<String, Object> params) {
        if (actor.has(Roles.ADMIN)) {
            return "1 = 1";
        }
        List<String> clauses = new ArrayList<>();
        clauses.add("p.owner = :me");
        params.put("me", actor.username());
        if (actor.seesAllProposals() || actor.has(Roles.OFFICER)) {
            clauses.add("p.status <> vn.vientro.proposal.domain.ProposalStatus.DRAFT");
        }
        if (actor.has(Roles.CONSULTEE)) {
            clauses.add("exists (select 1 from Opinion o where o.proposalId = p.id and o.agency = :agency)");
            params.put("agency", Objects.requireNonNullElse(actor.agency(), ""));
        }
        if (actor.has(Roles.AID_OWNER)) {
            clauses.add("(p.aidOwnerUnit.code = :ownerUnit and p.status <> vn.vientro.proposal.domain.ProposalStatus.DRAFT)");
            params.put("ownerUnit", Objects.requireNonNullElse(actor.agency(), ""));
        }
        return String.join(" or ", clauses);
    }
}
