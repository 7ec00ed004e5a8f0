package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.csit.tracker.kit.csv.CsvFiles;
import uk.csit.tracker.kit.csv.SheetLimits;
import uk.csit.tracker.kit.csv.SheetRow;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.KpiPublishedSource;
import uk.csit.tracker.plan.rest.dto.PlanDtos.NeighbourModelResult;
import uk.csit.tracker.plan.rest.dto.PlanDtos.StatisticalNeighbour;
import uk.csit.tracker.plan.rest.dto.PlanDtos.StatisticalNeighbours;

/**
 * The DfE's statistical-neighbour model (the children's services benchmarking tool's wide file): each council's ten
 * closest councils by old LA code ({@code SN_1} to {@code SN_10}) and how close each is ({@code SN_1P} ...). A new
 * file replaces the model whole; the same file again changes nothing.
 */
@ApplicationScoped
public class StatisticalNeighbourModel {

    static final int NEIGHBOURS = 10;
    static final SheetLimits LIMITS = new SheetLimits(1_000, 100);

    @Inject
    EntityManager em;

    @Inject
    CouncilFigures councilFigures;

    /** One council's row of the model. */
    record Council(String laCode, String name, List<StatisticalNeighbour> neighbours) {
    }

    /** Reads the file (a 400 names each bad line) and, when it differs from the model held, replaces it. */
    @Transactional
    public NeighbourModelResult replace(String csv) {
        List<Council> model = read(csv);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('statistical_neighbour'))").getSingleResult();
        int neighbours = model.stream().mapToInt(c -> c.neighbours().size()).sum();
        if (model.equals(held())) {
            return new NeighbourModelResult(model.size(), neighbours, false);
        }
        em.createNativeQuery("delete from statistical_neighbour").executeUpdate();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("insert into statistical_neighbour (la_code, la_name,"
                    + " position, neighbour_code, closeness) values (?, ?, ?, ?, ?)")) {
                for (Council council : model) {
                    for (StatisticalNeighbour n : council.neighbours()) {
                        insert.setString(1, council.laCode());
                        insert.setString(2, council.name());
                        insert.setInt(3, n.position());
                        insert.setString(4, n.laCode());
                        insert.setString(5, n.closeness());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        for (KpiPublishedSource source : KpiPublishedSource.<KpiPublishedSource>listAll()) {
            councilFigures.refresh(source.kpiId);
        }
        return new NeighbourModelResult(model.size(), neighbours, true);
    }

    /** A council's neighbours, by its old LA code (e.g. 311) or its ONS code as the published files give it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Optional<StatisticalNeighbours> of(String code) {
        String laCode = code;
        if (!code.matches("\\d{3}")) {
            List<String> old = em.createNativeQuery("select old_la_code from published_figure where area_code = ?1"
                    + " and old_la_code is not null limit 1").setParameter(1, code).getResultList();
            if (old.isEmpty()) {
                return Optional.empty();
            }
            laCode = old.get(0);
        }
        return named(laCode);
    }

    /** A council's neighbours by its old LA code, each with its name as the model gives it. */
    @SuppressWarnings("unchecked")
    Optional<StatisticalNeighbours> named(String laCode) {
        List<Object[]> rows = em.createNativeQuery("""
                select n.la_name, n.position, n.neighbour_code, (select m.la_name from statistical_neighbour m
                                                                 where m.la_code = n.neighbour_code limit 1),
                       n.closeness
                  from statistical_neighbour n where n.la_code = ?1 order by n.position""")
                .setParameter(1, laCode).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StatisticalNeighbours(laCode, (String) rows.get(0)[0], rows.stream()
                .map(r -> new StatisticalNeighbour(((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                        (String) r[4])).toList()));
    }

    @SuppressWarnings("unchecked")
    private List<Council> held() {
        Map<String, Council> byCode = new java.util.LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select la_code, la_name, position, neighbour_code,"
                + " closeness from statistical_neighbour order by la_code, position").getResultList()) {
            byCode.computeIfAbsent((String) r[0], c -> new Council(c, (String) r[1], new ArrayList<>())).neighbours()
                    .add(new StatisticalNeighbour(((Number) r[2]).intValue(), (String) r[3], null, (String) r[4]));
        }
        return new ArrayList<>(byCode.values());
    }

    /** The model's rows in code order; a 400 names each line that is not a council and its neighbours. */
    static List<Council> read(String csv) {
        List<SheetRow> rows = CsvFiles.read(csv, LIMITS);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "is empty; send the model with its header row");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String column : required()) {
            if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("line 1", "lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + " of the DfE's statistical-neighbour model");
        }
        Map<String, Council> councils = new java.util.TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (SheetRow row : rows.subList(1, rows.size())) {
            String code = cell(row, columns, "old_la_code");
            String name = cell(row, columns, "la_name");
            if (code == null || !code.matches("\\d{3}") || name == null || name.length() > 200) {
                errors.add(new FieldError("line " + row.line(), "needs old_la_code (three digits) and la_name (at"
                        + " most 200 characters)"));
                continue;
            }
            List<StatisticalNeighbour> neighbours = new ArrayList<>();
            for (int k = 1; k <= NEIGHBOURS; k++) {
                String neighbour = cell(row, columns, "sn_" + k);
                String closeness = cell(row, columns, "sn_" + k + "p");
                if (neighbour == null) {
                    continue;
                }
                if (!neighbour.matches("\\d{3}") || neighbour.equals(code)
                        || (closeness != null && closeness.length() > 40)) {
                    errors.add(new FieldError("line " + row.line(), "has SN_" + k + " '" + neighbour + "': a"
                            + " neighbour is another council's three-digit code, its closeness at most 40 characters"));
                    continue;
                }
                neighbours.add(new StatisticalNeighbour(k, neighbour, null, closeness));
            }
            if (councils.put(code, new Council(code, name, neighbours)) != null) {
                errors.add(new FieldError("line " + row.line(), "repeats the council " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ArrayList<>(councils.values());
    }

    private static List<String> required() {
        List<String> out = new ArrayList<>(List.of("old_la_code", "la_name"));
        for (int k = 1; k <= NEIGHBOURS; k++) {
            out.add("SN_" + k);
        }
        return out;
    }

    private static String cell(SheetRow row, Map<String, Integer> columns, String column) {
        Integer at = columns.get(column);
        if (at == null || at >= row.cells().size()) {
            return null;
        }
        String value = row.cells().get(at).trim();
        return value.isEmpty() ? null : value;
    }
}
