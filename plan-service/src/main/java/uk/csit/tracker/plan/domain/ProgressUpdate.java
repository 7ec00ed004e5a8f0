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
import org.hibernate.annotations.Generated;

/** What was said about an action on a date: append-only. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "action_id")
    public Long actionId;

    @Column(name = "update_date")
    public LocalDate updateDate;

    public String author;

    public String narrative;

    @Enumerated(EnumType.STRING)
    public Rag rag;

    @Column(name = "percent_complete")
    public BigDecimal percentComplete;

    /** Set by the database as the row is written, and read back in the insert's own statement. */
    @Generated
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;
}
