package uk.csit.tracker.plan.mapping;

import java.util.List;
import uk.csit.tracker.plan.domain.Board;
import uk.csit.tracker.plan.domain.BoardMeeting;
import uk.csit.tracker.plan.rest.dto.PlanDtos.BoardMeetingResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.BoardResponse;

/** A board and its meetings as the API shows them; a meeting names its board's ref and type. */
public final class BoardMapper {

    private BoardMapper() {
    }

    public static BoardResponse toResponse(Board b) {
        return new BoardResponse(b.ref, b.type, b.name, b.chair, b.source, b.version);
    }

    public static BoardMeetingResponse toResponse(BoardMeeting m, Board b) {
        return new BoardMeetingResponse(m.ref, b.ref, b.type, m.meetingDate, m.decisions, List.copyOf(m.actionsReviewed),
                m.source, m.version);
    }
}
