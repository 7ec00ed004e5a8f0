package uk.csit.tracker.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A part of an inspection report: a recommendation, an area for priority action, a strength... */
@Entity
public class Finding extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    @Column(name = "inspection_id")
    public Long inspectionId;

    @Enumerated(EnumType.STRING)
    public FindingType type;

    public String text;

    /** The words are still to be entered from the published report (never invented). */
    @Column(name = "text_pending")
    public boolean textPending;

    @Enumerated(EnumType.STRING)
    public JudgementArea area;

    /** Recommendations only. */
    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;

    @Column(name = "status_date")
    public LocalDate statusDate;

    @Column(name = "status_evidence")
    public String statusEvidence;

    public String source;

    @Version
    public long version;
}
