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

/** An Ofsted inspection or visit of the council's children's services. */
@Entity
public class Inspection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    @Column(name = "local_authority_name")
    public String localAuthorityName;

    @Column(name = "local_authority_ons_code")
    public String localAuthorityOnsCode;

    @Enumerated(EnumType.STRING)
    public InspectionType type;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision = DatePrecision.DAY;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_date_precision")
    public DatePrecision publishedDatePrecision;

    @Column(name = "report_url")
    public String reportUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_areas")
    public List<String> focusAreas = new ArrayList<>();

    @Column(name = "progress_verdict")
    public String progressVerdict;

    public String source;

    @Version
    public long version;

    /** The date the inspection is judged by: its last day on site, or its first when that is all we know. */
    public LocalDate judgedOn() {
        return endDate != null ? endDate : startDate;
    }
}
