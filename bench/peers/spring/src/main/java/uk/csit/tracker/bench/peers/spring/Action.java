package uk.csit.tracker.bench.peers.spring;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An action, on plan-service's own {@code action} table (its schema is plan-service's: nothing is generated here).
 * Spring Boot's naming strategy maps ownerName to owner_name and so on.
 */
@Entity
public class Action {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String ref;
    private Long priorityId;
    private String title;
    private String description;
    private String ownerName;
    private String ownerTeam;
    private LocalDate startDate;
    private LocalDate dueDate;
    private LocalDate originalDueDate;
    private String revisedDueReason;
    private String status;
    private BigDecimal percentComplete;
    private String ragOverride;
    private String ragOverrideReason;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> evidenceLinks;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> successMeasures;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> kpiCodes;
    private String source;
    @Version
    private Long version;

    protected Action() {
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOwnerTeam() {
        return ownerTeam;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getOriginalDueDate() {
        return originalDueDate;
    }

    public String getRevisedDueReason() {
        return revisedDueReason;
    }

    public String getStatus() {
        return status;
    }

    public BigDecimal getPercentComplete() {
        return percentComplete;
    }

    public String getRagOverride() {
        return ragOverride;
    }

    public String getRagOverrideReason() {
        return ragOverrideReason;
    }

    public List<String> getEvidenceLinks() {
        return evidenceLinks;
    }

    public List<String> getSuccessMeasures() {
        return successMeasures;
    }

    public List<String> getKpiCodes() {
        return kpiCodes;
    }

    public String getSource() {
        return source;
    }

    public Long getVersion() {
        return version;
    }
}
