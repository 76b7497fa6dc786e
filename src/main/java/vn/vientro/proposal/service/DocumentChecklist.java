package vn.vientro.proposal.service;

import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.ProposalDocument;

import java.util.List;

/**
 * The documents the law expects in a dossier of each kind of aid. Kept as a decision table
 * (bpmn/document-checklist.dmn) so a change in the law is a new decision version; the adapter lives
 * in proposal.workflow.
 */
public interface DocumentChecklist {

    record Requirement(ProposalDocument.Type type, boolean required) {
    }

    /** The expected documents of this kind, in the order the table lists them. */
    List<Requirement> forKind(AidKind kind);
}
