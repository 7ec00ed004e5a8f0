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
import java.time.LocalDate;

/** Someone appointed to oversee an intervention. Their name is personal data and may be unknown. */
@Entity
@Table(name = "oversight_role")
public class OversightRole extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "intervention_id")
    public Long interventionId;

    public int position;

    @Enumerated(EnumType.STRING)
    public OversightRoleType role;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "from_date")
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;
}
