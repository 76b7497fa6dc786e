package vn.vientro.proposal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.domain.ProposalDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dossier checklist of a kind of aid, and how far a proposal's uploaded documents meet it. */
@ApplicationScoped
public class ChecklistService {

    @Inject
    DocumentChecklist checklist;

    @Inject
    EntityManager em;

    /** {@code documents} counts the files of that type; {@code complete} = every required item has at least one. */
    public record Checklist(AidKind kind, List<Item> items, boolean complete) {

        public List<ProposalDocument.Type> missingRequired() {
            return items.stream().filter(Item::missing).map(Item::type).toList();
        }
    }

    public record Item(ProposalDocument.Type type, String labelVi, String labelEn, boolean required, long documents) {

        boolean missing() {
            return required && documents == 0;
        }
    }

    /** The checklist before anything is uploaded (a form for a proposal not yet created). */
    public Checklist forKind(AidKind kind) {
        return build(kind, Map.of());
    }

    public Checklist of(Proposal proposal) {
        Map<ProposalDocument.Type, Long> counts = new HashMap<>();
        em.createQuery("select d.type, count(d) from ProposalDocument d where d.proposalId = :id group by d.type",
                        Object[].class)
                .setParameter("id", proposal.id).getResultList()
                .forEach(row -> counts.put((ProposalDocument.Type) row[0], (Long) row[1]));
        return build(proposal.kind, counts);
    }

    private Checklist build(AidKind kind, Map<ProposalDocument.Type, Long> counts) {
        List<Item> items = checklist.forKind(kind).stream()
                .map(r -> new Item(r.type(), r.type().labelVi, r.type().labelEn, r.required(), counts.getOrDefault(r.type(), 0L)))
                .toList();
        return new Checklist(kind, items, items.stream().noneMatch(Item::missing));
    }
}
