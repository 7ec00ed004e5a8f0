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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One period's value of a KPI, with its target and comparators. */
@Entity
@Table(name = "kpi_value")
public class KpiValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "kpi_id")
    public Long kpiId;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "period_label")
    public String periodLabel;

    public BigDecimal value;

    public BigDecimal numerator;

    public BigDecimal denominator;

    public BigDecimal target;

    public BigDecimal england;

    public BigDecimal london;

    @Column(name = "statistical_neighbours")
    public BigDecimal statisticalNeighbours;

    public String source;

    @Enumerated(EnumType.STRING)
    public KpiBasis basis = KpiBasis.LOCAL;

    /** The day a published figure was released, when its import was told: not shown as at an earlier day. */
    public LocalDate released;

    /** A published figure that is withheld: its symbol (Suppression), and no value. */
    public String symbol;

    /** For a published figure, how it stands against England, its region and its neighbours. */
    @JdbcTypeCode(SqlTypes.JSON)
    public KpiComparators comparators;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;
}
