package uk.csit.tracker.finance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Where money comes from. */
@Entity
@Table(name = "funding_source")
public class FundingSource extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    public String name;

    @Enumerated(EnumType.STRING)
    public FundingType type;

    @Column(name = "repayment_term_years")
    public Integer repaymentTermYears;

    public String source;

    @Version
    public long version;
}
