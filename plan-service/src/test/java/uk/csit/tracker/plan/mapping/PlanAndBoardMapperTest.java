package uk.csit.tracker.plan.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.plan.domain.Board;
import uk.csit.tracker.plan.domain.BoardMeeting;
import uk.csit.tracker.plan.domain.BoardType;
import uk.csit.tracker.plan.domain.Priority;
import uk.csit.tracker.plan.rest.dto.PlanDtos.BoardMeetingResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PriorityDto;

class PlanAndBoardMapperTest {

    @Test
    void aPriorityNamesItsPlanAndTheRecommendationsItAnswers() {
        Priority p = new Priority();
        p.ref = "P2";
        p.title = "Workforce";
        p.judgementArea = "IMPACT_OF_LEADERS";
        p.version = 4;
        List<String> refs = new ArrayList<>(List.of("ILACS-2023-R1", "ILACS-2023-R3"));
        PriorityDto dto = PlanMapper.toResponse(p, "CSIP-2024", refs);
        refs.clear();
        assertEquals("CSIP-2024", dto.planRef());
        assertEquals(List.of("ILACS-2023-R1", "ILACS-2023-R3"), dto.recommendationRefs(), "a copy, not the caller's list");
        assertEquals(4L, dto.version());
        assertNull(PlanMapper.toResponse(p, null, List.of()).planRef(), "a priority of no plan");
    }

    @Test
    void aMeetingNamesItsBoardsRefAndType() {
        Board board = new Board();
        board.ref = "OIB";
        board.type = BoardType.OFFICER_IMPROVEMENT_BOARD;
        BoardMeeting meeting = new BoardMeeting();
        meeting.ref = "OIB-2025-01";
        meeting.meetingDate = LocalDate.of(2025, 1, 15);
        meeting.actionsReviewed = new ArrayList<>(List.of("A-1.1"));
        BoardMeetingResponse dto = BoardMapper.toResponse(meeting, board);
        meeting.actionsReviewed.add("A-2.1");
        assertEquals("OIB", dto.boardRef());
        assertEquals(BoardType.OFFICER_IMPROVEMENT_BOARD, dto.boardType());
        assertEquals(List.of("A-1.1"), dto.actionsReviewed(), "a copy, not the entity's list");
    }
}
