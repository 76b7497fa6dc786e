package vn.vientro.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.UploadedFiles;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.reporting.domain.ReportAttachment;
import vn.vientro.reporting.domain.ReportObligation;
import vn.vientro.security.Actor;

import java.time.Clock;
import java.util.Map;

/**
 * The files of a report (Decree 80/2020 Art. 14(4)): attached while the report is awaited, by the aid owner of the
 * unit or an officer on its behalf, checked as a dossier's documents are, and sent with the report; read by whoever
 * may see the obligation. Once sent they are the report's and stay as they are.
 */
@ApplicationScoped
public class ReportAttachments {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReportObligations obligations;

    @Inject
    UploadedFiles files;

    @Inject
    AuditLog audit;

    @Transactional
    public ReportViews.AttachmentView add(long obligationId, String filename, String contentType, byte[] content, Actor actor) {
        ReportObligation o = awaited(obligationId, actor);
        UploadedFiles.Checked file = files.check(filename, contentType, content);
        ReportAttachment a = new ReportAttachment();
        a.obligationId = o.id;
        file.storeIn(a, actor.username(), clock.instant());
        a.persist();
        audit.record(o.projectId, actor.username(), "REPORT_ATTACHMENT_ADDED", new AuditLog.Step(null, null, null, null,
                Map.of("obligationId", o.id, "attachmentId", a.id, "filename", a.filename, "sha256", a.sha256)));
        return ReportViews.AttachmentView.of(a);
    }

    public ReportAttachment get(long obligationId, long attachmentId, Actor actor) {
        obligations.visible(obligationId, actor);
        ReportAttachment a = em.find(ReportAttachment.class, attachmentId);
        if (a == null || a.obligationId != obligationId) {
            throw DomainException.notFound("Attachment", attachmentId);
        }
        return a;
    }

    /** Takes back a file not yet sent; one sent with a report stays with it. */
    @Transactional
    public void remove(long obligationId, long attachmentId, Actor actor) {
        ReportObligation o = awaited(obligationId, actor);
        ReportAttachment a = get(obligationId, attachmentId, actor);
        if (a.reportId != null) {
            throw DomainException.conflict(ProblemCode.ATTACHMENT_SENT, "Attachment " + a.id + " was sent with report "
                    + a.reportId + " and stays with it", a.reportId);
        }
        audit.record(o.projectId, actor.username(), "REPORT_ATTACHMENT_REMOVED", new AuditLog.Step(null, null, null, null,
                Map.of("obligationId", o.id, "attachmentId", a.id, "filename", a.filename, "sha256", a.sha256)));
        a.delete();
    }

    /** The obligation, locked, while a report is awaited for it (the files go with that report). */
    private ReportObligation awaited(long obligationId, Actor actor) {
        ReportObligation o = obligations.visible(obligationId, actor);
        em.lock(o, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(o);
        AidReports.requireAwaited(o);
        return o;
    }
}
