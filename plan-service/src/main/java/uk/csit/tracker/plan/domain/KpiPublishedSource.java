package uk.csit.tracker.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Which column of a published statistics file is a KPI: the indicator column, on the rows whose filter columns hold
 * these values (e.g. {@code care_leaver_age = 17 to 18 years}). One per KPI.
 */
@Entity
@Table(name = "kpi_published_source")
public class KpiPublishedSource extends PanacheEntityBase {

    @Id
    @Column(name = "kpi_id")
    public Long kpiId;

    /** The publication's title on Explore Education Statistics, as a figure's source cites it. */
    public String publication;

    public String indicator;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> filters;

    /** The month and day (MM-DD) a reporting year ends on. */
    @Column(name = "year_ends")
    public String yearEnds;

    @Version
    public long version;
}
