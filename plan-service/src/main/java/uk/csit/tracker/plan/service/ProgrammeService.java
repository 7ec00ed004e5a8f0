package uk.csit.tracker.plan.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.Programme;
import uk.csit.tracker.plan.mapping.PlanMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgrammeDto;

/** The programmes of work: the improvement plan and any reform beside it. */
@ApplicationScoped
public class ProgrammeService {

    public static final String PROGRAMMES = "programmes";

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProgrammeDto> programmes(PageRequest page) {
        List<ProgrammeDto> items = Programme.<Programme>findAll(Sort.by("ref")).page(page.page(), page.size()).list()
                .stream().map(PlanMapper::toResponse).toList();
        return Page.of(items, page, Programme.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProgrammeDto> programme(String ref) {
        return Programme.<Programme>find("ref", ref).firstResultOptional().map(PlanMapper::toResponse);
    }

    @Transactional
    public ProgrammeDto create(ProgrammeDto request) {
        if (Programme.count("ref", request.ref()) > 0) {
            throw ProblemException.conflict("A programme with ref '" + request.ref() + "' already exists.");
        }
        Programme programme = new Programme();
        apply(request, programme);
        programme.persistAndFlush();
        ProgrammeDto response = PlanMapper.toResponse(programme);
        changes.created(PROGRAMMES, programme.ref, response);
        return response;
    }

    @Transactional
    public ProgrammeDto update(String ref, String ifMatch, ProgrammeDto request) {
        if (!ref.equals(request.ref())) {
            throw ProblemException.unprocessable("ref", "must be the ref in the path ('" + ref + "'); a ref never changes");
        }
        Programme programme = Programme.<Programme>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("programme", ref));
        Preconditions.requireIfMatch(ifMatch, programme.version);
        ProgrammeDto before = PlanMapper.toResponse(programme);
        apply(request, programme);
        em.flush();
        ProgrammeDto after = PlanMapper.toResponse(programme);
        changes.updated(PROGRAMMES, ref, before, after);
        return after;
    }

    /**
     * The programme a write names, by its ref in the given field: a 422 when none has it; without a ref, the programme
     * every database starts with.
     */
    Programme named(String ref, String field) {
        String wanted = ref == null ? Programme.IMPROVEMENT : ref;
        return Programme.<Programme>find("ref", wanted).firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable(field, "no programme has the ref '" + wanted + "'"));
    }

    /** The ref of a programme by its id (read in the same transaction, so at most once per programme). */
    String ref(Long id) {
        return Programme.<Programme>findById(id).ref;
    }

    private static void apply(ProgrammeDto r, Programme programme) {
        programme.ref = r.ref();
        programme.title = r.title();
        programme.kind = r.kind();
        programme.description = r.description();
        programme.lead = r.lead();
        programme.startDate = r.startDate();
        programme.source = r.source();
    }
}
