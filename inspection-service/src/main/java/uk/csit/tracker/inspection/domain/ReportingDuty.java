package uk.csit.tracker.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A report an intervention requires of the council: what, to whom, from when and how often. */
@Entity
@Table(name = "reporting_duty")
public class ReportingDuty extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "intervention_id")
    public Long interventionId;

    public int position;

    public String what;

    @Column(name = "to_whom")
    public String toWhom;

    @Column(name = "every_months")
    public int everyMonths;

    @Column(name = "first_due")
    public LocalDate firstDue;

    public LocalDate until;

    public String source;
}
