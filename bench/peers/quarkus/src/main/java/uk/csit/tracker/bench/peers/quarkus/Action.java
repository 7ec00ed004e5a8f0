package uk.csit.tracker.bench.peers.quarkus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An action, on plan-service's own {@code action} table (its schema is plan-service's: nothing is generated here).
 * PanacheEntityBase rather than PanacheEntity because the table's id is an identity column, not a sequence.
 */
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

    public String status;

    @Column(name = "percent_complete")
    public BigDecimal percentComplete;

    @Column(name = "rag_override")
    public String ragOverride;

    @Column(name = "rag_override_reason")
    public String ragOverrideReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evidence_links")
    public List<String> evidenceLinks;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "success_measures")
    public List<String> successMeasures;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "kpi_codes")
    public List<String> kpiCodes;

    public String source;

    @Version
    public Long version;
}
