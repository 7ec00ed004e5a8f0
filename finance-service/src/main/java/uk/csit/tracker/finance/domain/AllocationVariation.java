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

/** A change to an allocation's approved amount. */
@Entity
@Table(name = "allocation_variation")
public class AllocationVariation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "allocation_id")
    public Long allocationId;

    @Column(name = "from_amount")
    public BigDecimal fromAmount;

    @Column(name = "to_amount")
    public BigDecimal toAmount;

    public String reason;

    @Column(name = "varied_on")
    public LocalDate variedOn;

    @Column(name = "varied_by")
    public String variedBy;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;
}
