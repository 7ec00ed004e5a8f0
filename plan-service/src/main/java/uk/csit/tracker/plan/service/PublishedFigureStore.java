package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import uk.csit.tracker.plan.domain.Kpi;
import uk.csit.tracker.plan.domain.KpiPublishedSource;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PublishedImportResult;
import uk.csit.tracker.plan.service.PublishedFigures.Mapping;
import uk.csit.tracker.plan.service.PublishedFigures.Read;

/**
 * Writes the figures read from a published file, in one transaction: a figure as already held is left alone; a
 * different one for the same geography and period replaces it, and the replaced one is kept with its own source. Then
 * the council's values of each KPI in the file are brought up to date.
 */
@ApplicationScoped
public class PublishedFigureStore {

    @Inject
    EntityManager em;

    @Inject
    CouncilFigures councilFigures;

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Mapping> mappings() {
        List<Mapping> out = new ArrayList<>();
        for (KpiPublishedSource source : KpiPublishedSource.<KpiPublishedSource>listAll()) {
            Kpi kpi = Kpi.findById(source.kpiId);
            out.add(new Mapping(kpi.id, kpi.code, kpi.polarity, source.publication, source.indicator,
                    source.filters == null ? Map.of() : source.filters, MonthDay.parse("--" + source.yearEnds)));
        }
        return out;
    }

    @Transactional
    PublishedImportResult store(PublishedFigures read) {
        // One import at a time: two at once would both see a figure as new.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('published_figure'))").getSingleResult();
        Set<Long> kpiIds = new LinkedHashSet<>();
        read.applicable().forEach(m -> kpiIds.add(m.kpiId()));
        Tally tally = new Tally();
        int withheld = (int) read.figures().stream().filter(f -> f.figure().symbol() != null).count();
        Map<Long, List<Read>> byKpi = read.figures().stream()
                .collect(java.util.stream.Collectors.groupingBy(Read::kpiId));
        em.unwrap(Session.class).doWork(connection -> {
            for (long kpiId : kpiIds) {
                Map<String, Held> held = new HashMap<>();
                try (PreparedStatement select = connection.prepareStatement("select area_code, time_period, id, value,"
                        + " symbol from published_figure where kpi_id = ? and replaced_at is null")) {
                    select.setLong(1, kpiId);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            held.put(rs.getString(1) + " " + rs.getString(2),
                                    new Held(rs.getLong(3), rs.getBigDecimal(4), rs.getString(5)));
                        }
                    }
                }
                try (PreparedStatement replace = connection.prepareStatement(
                        "update published_figure set replaced_at = now() where id = ?");
                        PreparedStatement insert = connection.prepareStatement("insert into published_figure (kpi_id,"
                                + " time_period, period_label, period_start, period_end, geographic_level, area_code,"
                                + " area_name, old_la_code, region_code, region_name, value, symbol, source, released)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (Read figure : byKpi.getOrDefault(kpiId, List.of())) {
                        Held current = held.get(figure.figure().areaCode() + " " + figure.timePeriod());
                        if (current != null && figure.figure().holds(current.value(), current.symbol())) {
                            tally.unchanged++;
                            continue;
                        }
                        if (current != null) {
                            replace.setLong(1, current.id());
                            replace.addBatch();
                            tally.revised++;
                        } else {
                            tally.added++;
                        }
                        bind(insert, kpiId, figure);
                        insert.addBatch();
                    }
                    replace.executeBatch();
                    insert.executeBatch();
                }
            }
        });
        int councilValues = 0;
        for (long kpiId : kpiIds) {
            councilValues += councilFigures.refresh(kpiId);
        }
        List<String> codes = read.applicable().stream().map(Mapping::kpiCode).distinct().sorted().toList();
        return new PublishedImportResult(read.rows(), codes, tally.added, tally.revised, tally.unchanged, withheld,
                read.count("empty"), councilValues);
    }

    /** A figure held now: the row that a different figure replaces. */
    private record Held(long id, BigDecimal value, String symbol) {
    }

    /** What the import did with the figures it read. */
    private static final class Tally {
        int added;
        int revised;
        int unchanged;
    }

    private static void bind(PreparedStatement insert, long kpiId, Read figure) throws java.sql.SQLException {
        var f = figure.figure();
        insert.setLong(1, kpiId);
        insert.setString(2, figure.timePeriod());
        insert.setString(3, figure.period().label());
        insert.setObject(4, figure.period().start());
        insert.setObject(5, figure.period().end());
        insert.setString(6, f.level());
        insert.setString(7, f.areaCode());
        insert.setString(8, f.areaName());
        insert.setString(9, f.oldLaCode());
        insert.setString(10, f.regionCode());
        insert.setString(11, f.regionName());
        if (f.value() == null) {
            insert.setNull(12, Types.NUMERIC);
        } else {
            insert.setBigDecimal(12, f.value());
        }
        insert.setString(13, f.symbol());
        insert.setString(14, figure.source());
        insert.setObject(15, figure.released());
    }
}
