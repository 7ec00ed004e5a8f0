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

/** Money approved for a purpose in a financial year; changes to the amount are kept as variations. */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    @Column(name = "financial_year_id")
    public Long financialYearId;

    @Enumerated(EnumType.STRING)
    public AllocationCategory category;

    public BigDecimal amount;

    @Column(name = "original_amount")
    public BigDecimal originalAmount;

    @Column(name = "funding_source_id")
    public Long fundingSourceId;

    public String purpose;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_date")
    public LocalDate approvedDate;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "priority_ref")
    public String priorityRef;

    @Column(name = "action_ref")
    public String actionRef;

    @Version
    public long version;
}
