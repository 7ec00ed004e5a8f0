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

/** One thing the council will do: owner, dates (the due date in force, and the first one kept when revised), progress and evidence. */
@Entity
@Table(name = "action")
public class Action extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    @Column(name = "priority_id")
    public Long priorityId;

    public String title;

    public String description;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_team")
    public String ownerTeam;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "original_due_date")
    public LocalDate originalDueDate;

    @Column(name = "revised_due_reason")
    public String revisedDueReason;

    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    @Column(name = "percent_complete")
    public BigDecimal percentComplete;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag_override")
    public Rag ragOverride;

    @Column(name = "rag_override_reason")
    public String ragOverrideReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evidence_links")
    public List<String> evidenceLinks = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "success_measures")
    public List<String> successMeasures = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "kpi_codes")
    public List<String> kpiCodes = new ArrayList<>();

    public String source;

    @Version
    public long version;
}
