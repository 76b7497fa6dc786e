package vn.vientro.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One submission of a report for an obligation; a corrected report is a new submission and the earlier ones stay. */
@Entity
@Table(name = "aid_report")
public class AidReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "obligation_id")
    public long obligationId;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The officer of the Department of Foreign Affairs submitted it for the aid owner. */
    @Column(name = "on_behalf")
    public boolean onBehalf;

    public String narrative;

    @ElementCollection
    @CollectionTable(name = "aid_report_amount", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<Amount> amounts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "aid_report_indicator", joinColumns = @JoinColumn(name = "report_id"))
    public List<IndicatorValue> indicators = new ArrayList<>();

    @Column(name = "review_outcome")
    public String reviewOutcome;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** Received and spent in the period, in one currency. */
    @Embeddable
    public static class Amount {
        public String currency;
        public BigDecimal received;
        public BigDecimal spent;

        protected Amount() {
        }

        public Amount(String currency, BigDecimal received, BigDecimal spent) {
            this.currency = currency;
            this.received = received;
            this.spent = spent;
        }
    }

    @Embeddable
    public static class IndicatorValue {
        @Column(name = "indicator_id")
        public long indicatorId;
        public BigDecimal actual;

        protected IndicatorValue() {
        }

        public IndicatorValue(long indicatorId, BigDecimal actual) {
            this.indicatorId = indicatorId;
            this.actual = actual;
        }
    }
}
