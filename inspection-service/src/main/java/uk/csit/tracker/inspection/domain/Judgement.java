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

/** A grade Ofsted gave one area in one inspection. */
@Entity
public class Judgement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inspection_id")
    public Long inspectionId;

    @Enumerated(EnumType.STRING)
    public JudgementArea area;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Version
    public long version;
}
