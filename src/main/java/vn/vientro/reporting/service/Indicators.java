package vn.vientro.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.project.service.Projects;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.reporting.domain.ResultIndicator;
import vn.vientro.security.Actor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's results indicators, defined by the officer at or after approval: the whole list is given each time
 * (an indicator keeps its id and its reported actuals when it is listed with its id); one already reported on cannot
 * be dropped.
 */
@ApplicationScoped
public class Indicators {

    @Inject
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    AuditLog audit;

    /** {@code id}: of an existing indicator of the project; none for a new one. */
    public record IndicatorInput(Long id, @NotBlank @Size(max = 300) String nameVi, @Size(max = 300) String nameEn,
                                 @NotBlank @Size(max = 50) String unit,
                                 @NotNull @Digits(integer = 17, fraction = 2) BigDecimal baseline,
                                 @NotNull @Digits(integer = 17, fraction = 2) BigDecimal target) {
    }

    public List<ReportViews.IndicatorView> list(long projectId, Actor actor) {
        projects.requireVisible(projectId, actor);
        return current(projectId).stream().map(ReportViews.IndicatorView::of).toList();
    }

    @Transactional
    public List<ReportViews.IndicatorView> define(long projectId, List<IndicatorInput> in, Actor actor) {
        Proposal project = projects.findForUpdate(projectId);
        Projects.requireApproved(project, "results indicators");
        Map<Long, ResultIndicator> existing = new HashMap<>();
        current(projectId).forEach(i -> existing.put(i.id, i));
        Set<String> names = new HashSet<>();
        Set<Long> kept = new HashSet<>();
        for (int n = 0; n < in.size(); n++) {
            IndicatorInput i = in.get(n);
            if (i.id() != null && !existing.containsKey(i.id())) {
                throw DomainException.invalid("[" + n + "].id", ProblemCode.UNKNOWN_INDICATOR,
                        "the project has no results indicator " + i.id(), i.id());
            }
            if (!names.add(i.nameVi().strip())) {
                throw DomainException.invalid("[" + n + "].nameVi", ProblemCode.INDICATOR_TWICE,
                        i.nameVi().strip() + " is listed twice", i.nameVi().strip());
            }
            if (i.id() != null) {
                kept.add(i.id());
            }
        }
        for (ResultIndicator dropped : existing.values()) {
            if (!kept.contains(dropped.id)) {
                long reports = em.createQuery("select count(r) from AidReport r join r.indicators v where v.indicatorId = :i",
                        Long.class).setParameter("i", dropped.id).getSingleResult();
                if (reports > 0) {
                    throw DomainException.conflict(ProblemCode.INDICATOR_REPORTED, "Indicator " + dropped.id + " ("
                            + dropped.nameVi + ") has been reported on and stays", dropped.nameVi);
                }
                em.remove(dropped);
            }
        }
        em.flush(); // a renamed indicator may take a dropped one's name
        for (int n = 0; n < in.size(); n++) {
            IndicatorInput i = in.get(n);
            ResultIndicator indicator = i.id() == null ? new ResultIndicator() : existing.get(i.id());
            indicator.projectId = projectId;
            indicator.position = n;
            indicator.nameVi = i.nameVi().strip();
            indicator.nameEn = i.nameEn() == null || i.nameEn().isBlank() ? null : i.nameEn().strip();
            indicator.unit = i.unit().strip();
            indicator.baseline = money(i.baseline());
            indicator.target = money(i.target());
            if (i.id() == null) {
                indicator.persist();
            }
        }
        em.flush();
        audit.record(projectId, actor.username(), "INDICATORS_DEFINED", new AuditLog.Step(null, null, null, null,
                Map.of("count", in.size())));
        return current(projectId).stream().map(ReportViews.IndicatorView::of).toList();
    }

    /** As the columns keep it (two decimals), so an answer reads the same before and after it is stored. */
    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private List<ResultIndicator> current(long projectId) {
        return em.createQuery("from ResultIndicator i where i.projectId = :p order by i.position", ResultIndicator.class)
                .setParameter("p", projectId).getResultList();
    }
}
