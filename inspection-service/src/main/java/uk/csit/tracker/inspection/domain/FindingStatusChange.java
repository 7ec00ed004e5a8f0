package uk.csit.tracker.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One change of a recommendation's status: kept, never edited. */
@Entity
@Table(name = "finding_status_change")
public class FindingStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "finding_id")
    public Long findingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public RecommendationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public RecommendationStatus toStatus;

    @Column(name = "changed_on")
    public LocalDate changedOn;

    @Column(name = "evidence_note")
    public String evidenceNote;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;
}
