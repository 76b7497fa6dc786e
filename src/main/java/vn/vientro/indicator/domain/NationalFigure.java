package vn.vientro.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** Vietnam's population and foreign NGO aid in a year, for comparing the province with the country. */
@Entity
@Table(name = "national_figure")
public class NationalFigure extends PanacheEntityBase {

    @Id
    @Column(name = "fig_year")
    public Integer year;

    public Long population;

    @Column(name = "ngo_aid_usd")
    public BigDecimal ngoAidUsd;

    public String source;
}
