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

/** A meeting of a board: its decisions and the actions it reviewed. */
@Entity
@Table(name = "board_meeting")
public class BoardMeeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ref;

    @Column(name = "board_id")
    public Long boardId;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    public String decisions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "actions_reviewed")
    public List<String> actionsReviewed = new ArrayList<>();

    public String source;

    @Version
    public long version;
}
