package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.Action;
import uk.csit.tracker.plan.domain.Board;
import uk.csit.tracker.plan.domain.BoardMeeting;
import uk.csit.tracker.plan.mapping.BoardMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.BoardMeetingRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.BoardMeetingResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.BoardRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.BoardResponse;

/** The boards that oversee the plan and their meetings. */
@ApplicationScoped
public class BoardService {

    public static final String BOARDS = "boards";

    @Inject
    ChangeRecorder changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BoardResponse> list(PageRequest page) {
        List<BoardResponse> items = Board.<Board>findAll(io.quarkus.panache.common.Sort.by("ref"))
                .page(page.page(), page.size()).list().stream().map(BoardMapper::toResponse).toList();
        return Page.of(items, page, Board.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BoardResponse> find(String ref) {
        return Board.<Board>find("ref", ref).firstResultOptional().map(BoardMapper::toResponse);
    }

    @Transactional
    public BoardResponse create(BoardRequest body) {
        if (Board.count("ref", body.ref()) > 0) {
            throw ProblemException.conflict("A board with ref '" + body.ref() + "' already exists.");
        }
        Board board = new Board();
        board.ref = body.ref();
        board.type = body.type();
        board.name = body.name();
        board.chair = body.chair();
        board.source = body.source();
        board.persistAndFlush();
        BoardResponse response = BoardMapper.toResponse(board);
        changes.created(BOARDS, board.ref, response);
        return response;
    }

    @Transactional
    public BoardMeetingResponse addMeeting(String boardRef, BoardMeetingRequest body) {
        Board board = Board.<Board>find("ref", boardRef).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("board", boardRef));
        if (BoardMeeting.count("ref", body.ref()) > 0) {
            throw ProblemException.conflict("A board meeting with ref '" + body.ref() + "' already exists.");
        }
        List<String> reviewed = body.actionsReviewed() == null ? List.of() : body.actionsReviewed();
        List<String> unknown = reviewed.stream().filter(ref -> Action.count("ref", ref) == 0).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("actionsReviewed", "names actions that do not exist: " + String.join(", ", unknown));
        }
        BoardMeeting meeting = new BoardMeeting();
        meeting.ref = body.ref();
        meeting.boardId = board.id;
        meeting.meetingDate = body.date();
        meeting.decisions = body.decisions();
        meeting.actionsReviewed = new ArrayList<>(reviewed);
        meeting.source = body.source();
        meeting.persistAndFlush();
        BoardMeetingResponse response = BoardMapper.toResponse(meeting, board);
        changes.created("board-meetings", meeting.ref, response);
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardMeetingResponse> meetings(String boardRef) {
        Board board = Board.<Board>find("ref", boardRef).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("board", boardRef));
        return BoardMeeting.<BoardMeeting>list("boardId = ?1 order by meetingDate desc, ref", board.id).stream()
                .map(m -> BoardMapper.toResponse(m, board)).toList();
    }
}
