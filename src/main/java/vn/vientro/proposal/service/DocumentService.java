package vn.vientro.proposal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.audit.service.AuditLog;
import vn.vientro.common.UploadedFiles;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalDocument;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.service.ProposalView.DocumentView;
import vn.vientro.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The dossier's files: accepted only in known formats and sizes, stored with a SHA-256 checksum. */
@ApplicationScoped
public class DocumentService {

    @Inject
    Clock clock;

    /** The formats a scan of a signed paper comes in. */
    private static final List<String> SCANS = List.of("application/pdf", "image/jpeg", "image/png");

    @Inject
    EntityManager em;

    @Inject
    ProposalService proposals;

    @Inject
    AuditLog audit;

    @Inject
    UploadedFiles files;

    @Inject
    ProposalQueries queries;

    /** A file of the dossier, while its owner may edit the proposal; the signed decision has its own way in. */
    @Transactional
    public DocumentView add(long proposalId, ProposalDocument.Type type, String filename, String contentType,
                            byte[] content, Actor actor) {
        if (type == ProposalDocument.Type.SIGNED_DECISION) {
            List<ProposalDocument.Type> dossier = Arrays.stream(ProposalDocument.Type.values())
                    .filter(t -> t != ProposalDocument.Type.SIGNED_DECISION).toList();
            throw DomainException.invalid("type", ProblemCode.NOT_ONE_OF, "the signed decision is uploaded at "
                    + "/api/proposals/{id}/signed-decision once approved; a dossier document is one of " + dossier, dossier);
        }
        proposals.editable(proposalId, actor);
        return view(store(proposalId, type, filename, contentType, content, actor));
    }

    /**
     * The scan of the decision as signed, the proposal's official decision document: only once the proposal is approved.
     * A new scan replaces the one before, which the audit trail names with its checksum.
     */
    @Transactional
    public DocumentView signedDecision(long proposalId, String filename, String contentType, byte[] content, Actor actor) {
        Proposal p = queries.visible(proposalId, actor);
        if (p.status != ProposalStatus.APPROVED) {
            throw DomainException.conflict(ProblemCode.NOT_APPROVED, "Proposal " + proposalId + " is "
                    + p.status.labelEn.toLowerCase(Locale.ROOT) + "; a signed decision is uploaded once it is approved");
        }
        String mediaType = UploadedFiles.mediaType(contentType);
        if (!SCANS.contains(mediaType)) {
            throw DomainException.unsupportedType(ProblemCode.FILE_TYPE_NOT_ACCEPTED, "Files of type '" + mediaType
                    + "' are not accepted for the signed decision; send its scan as PDF, JPEG or PNG", mediaType);
        }
        List<ProposalDocument> earlier = ProposalDocument.list("from ProposalDocument d where d.proposalId = ?1 and d.type = ?2",
                proposalId, ProposalDocument.Type.SIGNED_DECISION);
        ProposalDocument doc = store(proposalId, ProposalDocument.Type.SIGNED_DECISION, filename, contentType, content, actor);
        for (ProposalDocument old : earlier) {
            audit.record(proposalId, actor.username(), "SIGNED_DECISION_REPLACED",
                    new AuditLog.Step(null, null, null, null, Map.of("documentId", old.id, "filename", old.filename,
                            "sha256", old.sha256, "replacedBy", doc.id)));
            old.delete();
        }
        return view(doc);
    }

    private ProposalDocument store(long proposalId, ProposalDocument.Type type, String filename, String contentType,
                                   byte[] content, Actor actor) {
        UploadedFiles.Checked file = files.check(filename, contentType, content);
        ProposalDocument doc = new ProposalDocument();
        doc.proposalId = proposalId;
        doc.type = type;
        file.storeIn(doc, actor.username(), clock.instant());
        doc.persist();
        audit.record(proposalId, actor.username(), "DOCUMENT_ADDED",
                new AuditLog.Step(null, null, null, null, Map.of("documentId", doc.id, "type", type.name(),
                        "filename", doc.filename, "sha256", doc.sha256)));
        return doc;
    }

    public List<DocumentView> list(long proposalId) {
        return em.createQuery("select new vn.vientro.proposal.service.ProposalView$DocumentView(d.id, d.type, "
                        + "d.filename, d.contentType, d.size, d.sha256, d.uploadedBy, d.uploadedAt) "
                        + "from ProposalDocument d where d.proposalId = :p order by d.uploadedAt, d.id", DocumentView.class)
                .setParameter("p", proposalId).getResultList();
    }

    public ProposalDocument get(long proposalId, long documentId) {
        ProposalDocument doc = em.find(ProposalDocument.class, documentId);
        if (doc == null || doc.proposalId != proposalId) {
            throw DomainException.notFound("Document", documentId);
        }
        return doc;
    }

    @Transactional
    public void remove(long proposalId, long documentId, Actor actor) {
        proposals.editable(proposalId, actor);
        ProposalDocument doc = get(proposalId, documentId);
        audit.record(proposalId, actor.username(), "DOCUMENT_REMOVED",
                new AuditLog.Step(null, null, null, null, Map.of("documentId", doc.id, "filename", doc.filename,
                        "sha256", doc.sha256)));
        doc.delete();
    }

    private static DocumentView view(ProposalDocument d) {
        return new DocumentView(d.id, d.type, d.filename, d.contentType, d.size, d.sha256, d.uploadedBy, d.uploadedAt);
    }
}
