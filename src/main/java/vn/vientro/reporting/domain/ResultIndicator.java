package vn.vientro.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;

/** A results indicator of a project (baseline, target, unit) set by the officer; each report gives its actual value. */
@Entity
@Table(name = "result_indicator")
public class ResultIndicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id")
    public long projectId;

    public int position;

    @Column(name = "name_vi")
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    public String unit;

    public BigDecimal baseline;

    public BigDecimal target;

    /** The value the latest report gave; none before the first report. */
    public BigDecimal actual;

    @Version
    public long version;
}
