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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A DfE intervention in the council's children's services. */
@Entity
public class Intervention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    @Enumerated(EnumType.STRING)
    public InterventionType type;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "issued_date")
    public LocalDate issuedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "issued_date_precision")
    public DatePrecision issuedDatePrecision = DatePrecision.DAY;

    @Column(name = "lifted_date")
    public LocalDate liftedDate;

    @Enumerated(EnumType.STRING)
    public InterventionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> conditions = new ArrayList<>();

    public String source;

    @Version
    public long version;
}
