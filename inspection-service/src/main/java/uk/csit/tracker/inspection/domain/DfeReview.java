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
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A DfE review of progress under an intervention (at least every six months under a notice). */
@Entity
@Table(name = "dfe_review")
public class DfeReview extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    @Column(name = "intervention_id")
    public Long interventionId;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_date_precision")
    public DatePrecision reviewDatePrecision = DatePrecision.DAY;

    public String summary;

    /** As the DfE set it; when absent, six months after the review is the latest it can be. */
    @Column(name = "next_review_due")
    public LocalDate nextReviewDue;

    public String source;

    @Version
    public long version;
}
