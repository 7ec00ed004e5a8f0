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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
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

    /** What the money may be spent on, as the grant's conditions say. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> conditions = new ArrayList<>();

    @Version
    public long version;
}
