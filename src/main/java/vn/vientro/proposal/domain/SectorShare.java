package vn.vientro.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.vientro.reference.domain.Sector;

import java.math.BigDecimal;

/** The part of a proposal's value that goes to one sector, in percent. */
@Embeddable
public class SectorShare {

    @ManyToOne
    @JoinColumn(name = "sector_id")
    public Sector sector;

    @Column(name = "share")
    public BigDecimal share;

    protected SectorShare() {
    }

    public SectorShare(Sector sector, BigDecimal share) {
        this.sector = sector;
        this.share = share;
    }
}
