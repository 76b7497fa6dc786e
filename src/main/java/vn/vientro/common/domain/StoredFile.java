package vn.vientro.common.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A file kept in the database as it was uploaded and checked (a dossier's document, a report's attachment): its
 * name, media type, size, SHA-256 and bytes, who uploaded it and when; the columns are the same in each table.
 */
@MappedSuperclass
public abstract class StoredFile extends PanacheEntityBase {

    public String filename;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long size;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    /** Takes a checked file's name, type, size, digest and bytes, uploaded by {@code by} at {@code at}. */
    public void hold(String filename, String contentType, long size, String sha256, byte[] content, String by, Instant at) {
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }
}
