package vn.vientro.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How many units of a currency buy one US dollar from a date on (until the next rate of that currency). */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{currency-code}")
    public String currency;

    @NotNull
    @Column(name = "rate_date")
    public LocalDate date;

    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 8)
    @Column(name = "units_per_usd")
    public BigDecimal unitsPerUsd;

    @NotBlank @Size(max = 300)
    public String source;
}
