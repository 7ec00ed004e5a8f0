package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.Kpi;
import uk.csit.tracker.plan.domain.KpiBasis;
import uk.csit.tracker.plan.domain.KpiPublishedSource;
import uk.csit.tracker.plan.domain.KpiValue;
import uk.csit.tracker.plan.mapping.KpiMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PublishedSourceDto;

/** KPI definitions and their series, with the RAG against target that polarity decides. */
@ApplicationScoped
public class KpiService {

    public static final String KPIS = "kpis";
    public static final String KPI_VALUES = "kpi-values";
    public static final String PUBLISHED_SOURCES = "kpi-published-sources";
    /** A reporting year ends on 31 March (the children in need and looked after collections) unless a source says. */
    static final String DEFAULT_YEAR_END = "03-31";

    @Inject
    ChangeRecorder changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<KpiResponse> list(PageRequest page) {
        List<KpiResponse> items = Kpi.<Kpi>findAll(io.quarkus.panache.common.Sort.by("code"))
                .page(page.page(), page.size()).list().stream().map(this::toResponse).toList();
        return Page.of(items, page, Kpi.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KpiResponse> find(String code) {
        return Kpi.<Kpi>find("code", code).firstResultOptional().map(this::toResponse);
    }

    @Transactional
    public KpiResponse create(KpiRequest body) {
        if (Kpi.count("code", body.code()) > 0) {
            throw ProblemException.conflict("A KPI with code '" + body.code() + "' already exists.");
        }
        Kpi kpi = new Kpi();
        kpi.code = body.code();
        kpi.name = body.name();
        kpi.unit = body.unit();
        kpi.polarity = body.polarity();
        kpi.frequency = body.frequency();
        kpi.source = body.source();
        kpi.target = body.target();
        kpi.notes = body.notes();
        kpi.persistAndFlush();
        KpiResponse response = toResponse(kpi);
        changes.created(KPIS, kpi.code, response);
        return response;
    }

    @Transactional
    public KpiValueResponse addValue(String code, KpiValueRequest body) {
        Kpi kpi = entity(code);
        if (KpiValue.count("kpiId = ?1 and basis = ?2 and periodStart = ?3", kpi.id, KpiBasis.LOCAL,
                body.periodStart()) > 0) {
            throw ProblemException.conflict("KPI " + code + " already has a value for the period starting "
                    + body.periodStart() + ".");
        }
        KpiResponse before = toResponse(kpi);
        KpiValue value = new KpiValue();
        value.kpiId = kpi.id;
        value.periodStart = body.periodStart();
        value.periodEnd = body.periodEnd();
        value.periodLabel = body.periodLabel();
        value.value = body.value();
        value.numerator = body.numerator();
        value.denominator = body.denominator();
        value.target = body.target();
        value.england = body.england();
        value.london = body.london();
        value.statisticalNeighbours = body.statisticalNeighbours();
        value.source = body.source();
        value.persistAndFlush();
        KpiValueResponse response = KpiMapper.toResponse(value, kpi);
        changes.created(KPI_VALUES, KpiMapper.ref(value, kpi), response);
        KpiResponse after = toResponse(kpi);
        if (!after.equals(before)) {
            // The KPI shows its latest value: a newer one changes the KPI, and the change feed says so.
            changes.updated(KPIS, code, before, after);
        }
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KpiValueResponse> values(String code, LocalDate from, LocalDate to) {
        Kpi kpi = entity(code);
        StringBuilder query = new StringBuilder("kpiId = :kpi");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("kpi", kpi.id);
        if (from != null) {
            query.append(" and periodEnd >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and periodStart <= :to");
            params.and("to", to);
        }
        return KpiValue.<KpiValue>list(query + " order by periodStart, basis", params).stream()
                .map(v -> KpiMapper.toResponse(v, kpi)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublishedSourceDto> publishedSource(String code) {
        Kpi kpi = entity(code);
        return Optional.ofNullable(KpiPublishedSource.<KpiPublishedSource>findById(kpi.id)).map(KpiMapper::toDto);
    }

    /** Sets the KPI's first published source: a 409 when it has one (replace it with If-Match). */
    @Transactional
    public PublishedSourceDto createPublishedSource(String code, PublishedSourceDto body) {
        Kpi kpi = entity(code);
        if (KpiPublishedSource.findById(kpi.id) != null) {
            throw ProblemException.conflict("KPI " + code + " has a published source: replace it with PUT and If-Match.");
        }
        KpiPublishedSource source = new KpiPublishedSource();
        source.kpiId = kpi.id;
        set(source, body);
        PublishedSourceDto created = KpiMapper.toDto(source);
        changes.created(PUBLISHED_SOURCES, code, created);
        return created;
    }

    /** Replaces the KPI's published source; the If-Match of the one read is needed. */
    @Transactional
    public PublishedSourceDto replacePublishedSource(String code, String ifMatch, PublishedSourceDto body) {
        Kpi kpi = entity(code);
        KpiPublishedSource source = KpiPublishedSource.<KpiPublishedSource>findByIdOptional(kpi.id)
                .orElseThrow(() -> ProblemException.notFound("published source of KPI", code));
        Preconditions.requireIfMatch(ifMatch, source.version);
        PublishedSourceDto before = KpiMapper.toDto(source);
        set(source, body);
        PublishedSourceDto after = KpiMapper.toDto(source);
        if (!before.equals(after)) {
            changes.updated(PUBLISHED_SOURCES, code, before, after);
        }
        return after;
    }

    private static void set(KpiPublishedSource source, PublishedSourceDto body) {
        source.publication = body.publication();
        source.indicator = body.indicator();
        source.filters = body.filters() == null ? Map.of() : Map.copyOf(body.filters());
        source.yearEnds = body.reportingYearEnds() == null ? DEFAULT_YEAR_END : body.reportingYearEnds();
        if (!MonthDay.parse("--" + source.yearEnds).isValidYear(2023)) {
            throw ProblemException.invalid("reportingYearEnds", "is not a day of every year (29 February is not)");
        }
        source.persistAndFlush();
    }

    Kpi entity(String code) {
        return Kpi.<Kpi>find("code", code).firstResultOptional().orElseThrow(() -> ProblemException.notFound("KPI", code));
    }

    KpiResponse toResponse(Kpi kpi) {
        // The newest period's value; where the council's own and a published figure end on the same day, its own.
        KpiValueResponse latest = KpiValue.<KpiValue>find("kpiId = ?1 order by periodEnd desc, basis", kpi.id)
                .firstResultOptional().map(v -> KpiMapper.toResponse(v, kpi)).orElse(null);
        KpiValueResponse latestPublished = latest == null || latest.basis() == KpiBasis.PUBLISHED ? latest
                : KpiValue.<KpiValue>find("kpiId = ?1 and basis = ?2 order by periodEnd desc", kpi.id,
                        KpiBasis.PUBLISHED).firstResultOptional().map(v -> KpiMapper.toResponse(v, kpi)).orElse(null);
        return KpiMapper.toResponse(kpi, latest, latestPublished);
    }
}
