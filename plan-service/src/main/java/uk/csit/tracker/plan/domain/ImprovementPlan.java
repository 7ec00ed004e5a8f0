package uk.csit.tracker.plan.domain;

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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A version of the council's improvement plan. */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    public String title;

    @Column(name = "programme_id")
    public Long programmeId;

    @Column(name = "plan_version")
    public String planVersion;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_date")
    public LocalDate approvedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "approved_date_precision")
    public DatePrecision approvedDatePrecision;

    @Column(name = "intervention_ref")
    public String interventionRef;

    @Column(name = "submitted_to_dfe")
    public LocalDate submittedToDfe;

    @Column(name = "submitted_to_ofsted")
    public LocalDate submittedToOfsted;

    public String source;

    @Version
    public long version;
}
