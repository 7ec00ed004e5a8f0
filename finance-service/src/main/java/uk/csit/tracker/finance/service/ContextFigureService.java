package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.csit.tracker.finance.domain.ContextFigure;
import uk.csit.tracker.finance.mapping.ContextFigureMapper;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.ContextFigureDto;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.YearRef;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.problem.ProblemException;

/** Sourced figures that set the money in context (a deficit, a national average), one in use per subject. */
@ApplicationScoped
public class ContextFigureService {

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContextFigureDto> contextFigures(String subject) {
        return (subject == null ? ContextFigure.<ContextFigure>list("order by subject, ref")
                : ContextFigure.<ContextFigure>list("subject = ?1 order by ref", subject))
                .stream().map(ContextFigureMapper::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContextFigureDto> contextFigure(String ref) {
        return ContextFigure.<ContextFigure>find("ref", ref).firstResultOptional().map(ContextFigureMapper::toResponse);
    }

    /** Records a new figure ({@code ref} null) or replaces one under If-Match. */
    @Transactional
    public ContextFigureDto saveContextFigure(String ref, String ifMatch, ContextFigureDto body) {
        String yearLabel = yearLabel(body.financialYear());
        ContextFigure figure;
        ContextFigureDto before = null;
        if (ref == null) {
            if (ContextFigure.count("ref", body.ref()) > 0) {
                throw ProblemException.conflict("A context figure with ref '" + body.ref() + "' already exists.");
            }
            figure = new ContextFigure();
        } else {
            if (!ref.equals(body.ref())) {
                throw ProblemException.unprocessable("ref", "must be the ref in the path ('" + ref + "'); a ref never changes");
            }
            figure = ContextFigure.<ContextFigure>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                    .firstResultOptional().orElseThrow(() -> ProblemException.notFound("context figure", ref));
            Preconditions.requireIfMatch(ifMatch, figure.version);
            before = ContextFigureMapper.toResponse(figure);
        }
        // One writer per subject at a time, so that two figures never both take (or both give up) its use.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('context_figure:' || ?1))")
                .setParameter(1, body.subject()).getSingleResult();
        // Exactly one figure in use per subject: the first figure of a subject is in use unless another is
        // marked; a figure stops being in use only by another taking over.
        boolean othersInUse = ContextFigure.count("subject = ?1 and inUse = true and ref <> ?2", body.subject(),
                body.ref()) > 0;
        boolean inUse = body.inUse() == null ? (before != null && before.inUse() && before.subject().equals(body.subject()))
                || !othersInUse : body.inUse();
        if (!inUse && !othersInUse) {
            throw ProblemException.conflict("Every subject has exactly one figure in use, and '" + body.subject()
                    + "' has no other: mark another figure of it in use instead.");
        }
        if (before != null && before.inUse() && !before.subject().equals(body.subject())
                && ContextFigure.count("subject = ?1 and ref <> ?2", before.subject(), ref) > 0) {
            throw ProblemException.conflict("'" + ref + "' is the figure in use for '" + before.subject()
                    + "': mark another figure of that subject in use before moving it.");
        }
        if (inUse) {
            takeOverUse(body);
        }
        figure.ref = body.ref();
        figure.subject = body.subject();
        figure.description = body.description();
        figure.amount = Money.pounds(body.amountGbp());
        figure.financialYear = yearLabel;
        figure.source = body.source();
        figure.inUse = inUse;
        figure.persistAndFlush();
        ContextFigureDto after = ContextFigureMapper.toResponse(figure);
        if (before == null) {
            changes.created("context-figures", figure.ref, after);
        } else {
            changes.updated("context-figures", figure.ref, before, after);
        }
        return after;
    }

    /** One figure in use per subject: taking it over is part of the same change, recorded for the figure given up. */
    private void takeOverUse(ContextFigureDto body) {
        for (ContextFigure other : ContextFigure.<ContextFigure>list("subject = ?1 and inUse = true", body.subject())) {
            if (!other.ref.equals(body.ref())) {
                ContextFigureDto otherBefore = ContextFigureMapper.toResponse(other);
                other.inUse = false;
                em.flush();
                changes.updated("context-figures", other.ref, otherBefore, ContextFigureMapper.toResponse(other));
            }
        }
    }

    /** The label of a financial year as written, checked: its dates, when given, must be the year's. */
    static String yearLabel(YearRef written) {
        if (written == null) {
            return null;
        }
        LocalDate start = FinancialYears.startWritten("financialYear", written.label());
        if (written.startDate() != null && !written.startDate().equals(start)) {
            throw ProblemException.unprocessable("financialYear.startDate", "must be " + start + ", the start of " + written.label());
        }
        if (written.endDate() != null && !written.endDate().equals(FinancialYears.end(start))) {
            throw ProblemException.unprocessable("financialYear.endDate", "must be " + FinancialYears.end(start) + ", the end of "
                    + written.label());
        }
        return written.label();
    }
}
