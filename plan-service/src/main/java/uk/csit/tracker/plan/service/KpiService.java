package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.Kpi;
import uk.csit.tracker.plan.domain.KpiValue;
import uk.csit.tracker.plan.domain.Polarity;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueResponse;

/** KPI definitions and their series, with the RAG against target that polarity decides. */
@ApplicationScoped
public class KpiService {

    public static final String KPIS = "kpis";
    /** Within this fraction of the target on the wrong side is AMBER; beyond it RED. */
    static final BigDecimal AMBER_TOLERANCE = new BigDecimal("0.10");

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
        if (KpiValue.count("kpiId = ?1 and periodStart = ?2", kpi.id, body.periodStart()) > 0) {
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
        KpiValueResponse response = toResponse(value, kpi);
        changes.created("kpi-values", code + "/" + value.periodStart, response);
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
        return KpiValue.<KpiValue>list(query + " order by periodStart", params).stream()
                .map(v -> toResponse(v, kpi)).toList();
    }

    Kpi entity(String code) {
        return Kpi.<Kpi>find("code", code).firstResultOptional().orElseThrow(() -> ProblemException.notFound("KPI", code));
    }

    KpiResponse toResponse(Kpi kpi) {
        KpiValueResponse latest = KpiValue.<KpiValue>find("kpiId = ?1 order by periodStart desc", kpi.id)
                .firstResultOptional().map(v -> toResponse(v, kpi)).orElse(null);
        return new KpiResponse(kpi.code, kpi.name, kpi.unit, kpi.polarity, kpi.frequency, kpi.source, kpi.target,
                kpi.notes, latest, kpi.version);
    }

    static KpiValueResponse toResponse(KpiValue v, Kpi kpi) {
        BigDecimal target = v.target != null ? v.target : kpi.target;
        return new KpiValueResponse(kpi.code, v.periodStart, v.periodEnd, v.periodLabel, v.value, v.numerator,
                v.denominator, target, v.england, v.london, v.statisticalNeighbours, rag(kpi.polarity, v.value, target),
                v.source);
    }

    /** GREEN when the target is met, AMBER when missed by at most 10% of it, RED beyond; null without a target. */
    public static Rag rag(Polarity polarity, BigDecimal value, BigDecimal target) {
        if (target == null || value == null) {
            return null;
        }
        BigDecimal shortfall = polarity == Polarity.HIGHER_IS_BETTER ? target.subtract(value) : value.subtract(target);
        if (shortfall.signum() <= 0) {
            return Rag.GREEN;
        }
        return shortfall.compareTo(target.abs().multiply(AMBER_TOLERANCE)) <= 0 ? Rag.AMBER : Rag.RED;
    }
}
