package vn.vientro.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.domain.DomainException;
import vn.vientro.project.service.ProjectEnded;
import vn.vientro.project.service.Projects;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.service.ProposalDecided;
import vn.vientro.proposal.service.ProposalImported;
import vn.vientro.reporting.domain.ObligationStatus;
import vn.vientro.reporting.domain.ReportKind;
import vn.vientro.reporting.domain.ReportObligation;
import vn.vientro.reporting.domain.ReportSchedule;
import vn.vientro.reporting.domain.ReportingRule;
import vn.vientro.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * A project's report obligations: generated from the reporting calendar when the aid is approved (in the decision's
 * transaction) or recorded from before this system, each with its own process; and read by who may see them (an aid
 * owner only its unit's).
 */
@ApplicationScoped
public class ReportObligations {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReportingCalendar calendar;

    @Inject
    ReportProcess process;

    @Inject
    Projects projects;

    @Inject
    ReportViews views;

    @Inject
    AuditLog audit;

    /** The committee approved: the reports the aid owner owes from the decision on. */
    @Transactional(Transactional.TxType.MANDATORY)
    void decided(@Observes ProposalDecided event) {
        if (event.status() == ProposalStatus.APPROVED) {
            generate(em.find(Proposal.class, event.proposalId()), event.decisionDate());
        }
    }

    /** Aid approved before this system: only the reports still to come are owed here, not years of back reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    void imported(@Observes ProposalImported event) {
        generate(em.find(Proposal.class, event.proposalId()), LocalDate.now(clock));
    }

    /**
     * Creates the obligations due on or after {@code from} that the project does not have yet, and starts a process
     * for each; answers them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportObligation> generate(Proposal project, LocalDate from) {
        Map<ReportKind, ReportingRule> rules = new EnumMap<>(ReportKind.class);
        calendar.all().forEach(r -> rules.put(r.kind, r));
        Set<String> owed = new HashSet<>();
        em.createQuery("from ReportObligation o where o.projectId = :p", ReportObligation.class)
                .setParameter("p", project.id).getResultList().forEach(o -> owed.add(o.kind + "@" + o.periodStart));
        return ReportSchedule.of(rules.values(), project.plannedStart, project.plannedEnd, from).stream()
                .filter(due -> !owed.contains(due.kind() + "@" + due.periodStart())).map(due -> {
            ReportObligation o = new ReportObligation();
            o.projectId = project.id;
            o.kind = due.kind();
            o.periodStart = due.periodStart();
            o.periodEnd = due.periodEnd();
            o.dueDate = due.dueDate();
            o.status = ObligationStatus.DUE;
            o.persist();
            o.processInstanceId = process.start(o, rules.get(due.kind()), project.aidOwnerUnit.code);
            return o;
        }).toList();
    }

    /**
     * The project ended, closed or revoked: the reports still awaited (none sent, or a correction asked for) are no
     * longer owed, and their processes end, so no reminder or chase follows. A report under review keeps its review.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void ended(@Observes ProjectEnded event) {
        List<ReportObligation> awaited = em.createQuery("from ReportObligation o where o.projectId = :p"
                        + " and o.status in :awaited order by o.dueDate, o.id", ReportObligation.class)
                .setParameter("p", event.projectId())
                .setParameter("awaited", List.of(ObligationStatus.DUE, ObligationStatus.CORRECTION_REQUESTED))
                .getResultList();
        String reason = event.status() == ProposalStatus.REVOKED ? "Khoản viện trợ bị thu hồi" : "Khoản viện trợ đã kết thúc";
        for (ReportObligation o : awaited) {
            o.status = ObligationStatus.CANCELLED;
            process.cancel(o, reason);
        }
        if (!awaited.isEmpty()) {
            audit.record(event.projectId(), event.actor(), "REPORTS_CANCELLED", new AuditLog.Step(null, null, null, reason,
                    Map.of("obligationIds", awaited.stream().map(o -> o.id).toList())));
        }
    }

    /** The filter of the list; all null: everything the actor may see. */
    public record Filter(Long projectId, ObligationStatus status, Boolean overdue) {
    }

    /** The obligations this actor may see, by due date: an aid owner only those of its unit's projects. */
    public List<ReportViews.ObligationView> list(Filter filter, Actor actor) {
        StringBuilder jpql = new StringBuilder("select o from ReportObligation o, Proposal p where p.id = o.projectId");
        Map<String, Object> params = new HashMap<>();
        if (actor.onlyAidOwner()) {
            jpql.append(" and p.aidOwnerUnit.code = :unit");
            params.put("unit", actor.agency() == null ? "" : actor.agency());
        }
        if (filter.projectId() != null) {
            projects.requireVisible(filter.projectId(), actor);
            jpql.append(" and o.projectId = :project");
            params.put("project", filter.projectId());
        }
        if (filter.status() != null) {
            jpql.append(" and o.status = :status");
            params.put("status", filter.status());
        }
        if (filter.overdue() != null) {
            jpql.append(filter.overdue() ? " and o.status = :due and o.dueDate < :today"
                    : " and not (o.status = :due and o.dueDate < :today)");
            params.put("due", ObligationStatus.DUE);
            params.put("today", LocalDate.now(clock));
        }
        jpql.append(" order by o.dueDate, o.projectId, o.kind");
        var query = em.createQuery(jpql.toString(), ReportObligation.class);
        params.forEach(query::setParameter);
        return views.of(query.setMaxResults(500).getResultList());
    }

    public ReportViews.ObligationView get(long id, Actor actor) {
        return views.of(visible(id, actor));
    }

    /** The obligation if this actor may see it: 404 when there is none, 403 for an aid owner's other units. */
    public ReportObligation visible(long id, Actor actor) {
        ReportObligation o = em.find(ReportObligation.class, id);
        if (o == null) {
            throw DomainException.notFound("Report obligation", id);
        }
        projects.requireVisible(o.projectId, actor);
        return o;
    }
}
