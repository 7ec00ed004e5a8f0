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
import uk.csit.tracker.plan.domain.ImprovementPlan;
import uk.csit.tracker.plan.domain.PlanStatus;
import uk.csit.tracker.plan.domain.Priority;
import uk.csit.tracker.plan.domain.Programme;
import uk.csit.tracker.plan.domain.ProgrammeKind;
import uk.csit.tracker.plan.rest.dto.PlanDtos.BoardMeetingResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PriorityDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgrammeDto;

class PlanAndBoardMapperTest {

    @Test
    void aPriorityNamesItsProgrammeItsPlanAndTheRecommendationsItAnswers() {
        Priority p = new Priority();
        p.ref = "P2";
        p.title = "Workforce";
        p.judgementArea = "IMPACT_OF_LEADERS";
        p.version = 4;
        List<String> refs = new ArrayList<>(List.of("ILACS-2023-R1", "ILACS-2023-R3"));
        PriorityDto dto = PlanMapper.toResponse(p, "IMPROVEMENT", "CSIP-2024", refs);
        refs.clear();
        assertEquals("IMPROVEMENT", dto.programmeRef());
        assertEquals("CSIP-2024", dto.planRef());
        assertEquals(List.of("ILACS-2023-R1", "ILACS-2023-R3"), dto.recommendationRefs(), "a copy, not the caller's list");
        assertEquals(4L, dto.version());
        assertNull(PlanMapper.toResponse(p, "FAMILIES-FIRST", null, List.of()).planRef(), "a priority of no plan");
    }

    @Test
    void aProgrammeIsShownAsHeldAndAPlanUnderItsProgramme() {
        Programme programme = new Programme();
        programme.ref = "FAMILIES-FIRST";
        programme.title = "Families First Partnership";
        programme.kind = ProgrammeKind.REFORM;
        programme.startDate = LocalDate.of(2025, 4, 1);
        programme.version = 2;
        ProgrammeDto dto = PlanMapper.toResponse(programme);
        assertEquals(new ProgrammeDto("FAMILIES-FIRST", "Families First Partnership", ProgrammeKind.REFORM, null, null,
                LocalDate.of(2025, 4, 1), null, 2L), dto);
        ImprovementPlan plan = new ImprovementPlan();
        plan.ref = "FFP-2025";
        plan.title = "Families First delivery plan";
        plan.status = PlanStatus.DRAFT;
        assertEquals("FAMILIES-FIRST", PlanMapper.toResponse(plan, "FAMILIES-FIRST").programmeRef());
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
