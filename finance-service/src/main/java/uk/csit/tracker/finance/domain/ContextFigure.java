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

/** A sourced figure that is not an allocation; where sources disagree each is held, one in use. */
@Entity
@Table(name = "context_figure")
public class ContextFigure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    public String subject;

    public String description;

    public BigDecimal amount;

    @Column(name = "financial_year")
    public String financialYear;

    public String source;

    @Column(name = "in_use")
    public boolean inUse;

    @Version
    public long version;
}
