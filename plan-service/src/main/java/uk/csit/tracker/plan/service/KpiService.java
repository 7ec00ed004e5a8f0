package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.Kpi;
import uk.csit.tracker.plan.domain.KpiValue;
import uk.csit.tracker.plan.mapping.KpiMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueResponse;

/** KPI definitions and their series, with the RAG against target that polarity decides. */
@ApplicationScoped
public class KpiService {

    public static final String KPIS = "kpis";
    /** Within this fraction of the target on the wrong side is AMBER; beyond it RED. */

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
        KpiValueResponse response = KpiMapper.toResponse(value, kpi);
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
                .map(v -> KpiMapper.toResponse(v, kpi)).toList();
    }

    Kpi entity(String code) {
        return Kpi.<Kpi>find("code", code).firstResultOptional().orElseThrow(() -> ProblemException.notFound("KPI", code));
    }

    KpiResponse toResponse(Kpi kpi) {
        KpiValueResponse latest = KpiValue.<KpiValue>find("kpiId = ?1 order by periodStart desc", kpi.id)
                .firstResultOptional().map(v -> KpiMapper.toResponse(v, kpi)).orElse(null);
        return KpiMapper.toResponse(kpi, latest);
    }
}
