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

/** Money spent against an allocation; a reversal is negative and names the entry it reverses. */
@Entity
@Table(name = "spend_entry")
public class SpendEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "allocation_id")
    public Long allocationId;

    @Column(name = "spend_date")
    public LocalDate spendDate;

    public BigDecimal amount;

    public String description;

    public String supplier;

    @Column(name = "reverses_id")
    public Long reversesId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;
}
