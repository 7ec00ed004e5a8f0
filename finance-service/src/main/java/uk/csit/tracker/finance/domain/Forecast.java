package uk.csit.tracker.finance.domain;

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

/** The forecast outturn of an allocation, as made in a month. */
@Entity
@Table(name = "forecast")
public class Forecast extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "allocation_id")
    public Long allocationId;

    public LocalDate month;

    @Column(name = "forecast_outturn")
    public BigDecimal forecastOutturn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;
}
