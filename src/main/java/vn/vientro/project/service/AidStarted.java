package vn.vientro.project.service;

/**
 * Fired synchronously in the transaction that records the aid's start (its start confirmed or a disbursement
 * recorded), so that an open start review (Decree 80/2020 Art. 4(7)) ends with it or not at all.
 */
public record AidStarted(long projectId) {
}
