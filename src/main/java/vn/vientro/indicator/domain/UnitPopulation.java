package vn.vientro.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import vn.vientro.reference.domain.AdminUnit;

/** The population of an administrative unit in a year, with its source. */
@Entity
@Table(name = "unit_population")
public class UnitPopulation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "admin_unit_id")
    public AdminUnit unit;

    @Column(name = "pop_year")
    public int year;

    public long population;

    public String source;
}
