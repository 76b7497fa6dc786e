package vn.vientro.reference.service;

/** Fired inside the writing transaction when an administrator changes reference data of this type. */
public record ReferenceDataChanged(Class<?> type) {
}
