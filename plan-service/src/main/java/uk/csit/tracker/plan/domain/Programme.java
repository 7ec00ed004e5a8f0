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
import java.time.LocalDate;

/** A programme of work with its own plans, priorities and actions: the improvement plan, or a reform beside it. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    /** The programme every database starts with (V8__programmes.sql). */
    public static final String IMPROVEMENT = "IMPROVEMENT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    public String title;

    @Enumerated(EnumType.STRING)
    public ProgrammeKind kind;

    public String description;

    public String lead;

    @Column(name = "start_date")
    public LocalDate startDate;

    public String source;

    @Version
    public long version;
}
