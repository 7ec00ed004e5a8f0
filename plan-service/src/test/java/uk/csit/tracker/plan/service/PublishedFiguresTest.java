package uk.csit.tracker.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.Polarity;
import uk.csit.tracker.plan.service.PublishedFigures.Mapping;
import uk.csit.tracker.plan.service.PublishedFigures.Read;

/** Reading the DfE's published format: the files as published, and what a malformed one is told. */
class PublishedFiguresTest {

    private static final MonthDay MARCH = MonthDay.of(3, 31);

    private static Mapping mapping(String indicator, Map<String, String> filters) {
        return new Mapping(1, "KPI", Polarity.LOWER_IS_BETTER, "A publication", indicator, filters, MARCH);
    }

    private static PublishedFigures read(String csv, Mapping... mappings) {
        return read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), mappings);
    }

    private static PublishedFigures read(InputStream in, Mapping... mappings) {
        PublishedFigures figures = new PublishedFigures(List.of(mappings), LocalDate.of(2026, 3, 19));
        PublishedFile.read(in, figures);
        return figures;
    }

    private static final String HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,"
            + "region_code,region_name,old_la_code,new_la_code,la_name,breakdown,rate\n";

    /** Each file as published, whole, with the indicator a KPI takes from it: its rows, and Havering's figure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "statistics/dfe/csww_indicators_2017_to_2025.csv|caseload_fte||1463|2025|15",
            "statistics/dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv|rereferral_percent||2132|2025|",
            "statistics/dfe/d3_cpps_subsequent_plan_2013_to_2025.csv|CPP_subsequent_percent||2132|2025|",
            "statistics/dfe/cla_number_and_rate_per_10k_children.csv|rate_per_10000|population_type=Children looked after on 31 March each year|2505|2025|",
            "statistics/dfe/la_care_leavers_accommodation_suitability.csv|care_leaver_percent|care_leaver_age=17 to 18 years;breakdown=Accommodation considered suitable|6680|2025|",
            "statistics/dfe/b1_children_in_need_2013_to_2025.csv|At31_episodes||2132|2025|"})
    void everyPublishedFileIsReadWhole(String file, String indicator, String filters, int rows, String period,
            String havering) throws IOException {
        Map<String, String> wanted = new java.util.HashMap<>();
        if (filters != null) {
            for (String filter : filters.split(";")) {
                wanted.put(filter.substring(0, filter.indexOf('=')), filter.substring(filter.indexOf('=') + 1));
            }
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            PublishedFigures figures = read(in, mapping(indicator, wanted));
            assertEquals(rows, figures.rows());
            List<Read> read = figures.figures();
            assertTrue(read.size() > 800, "every geography of every year: " + read.size());
            assertTrue(read.stream().anyMatch(r -> r.figure().level().equals("National")));
            assertTrue(read.stream().anyMatch(r -> r.figure().level().equals("Regional")));
            Read haveringThen = read.stream().filter(r -> r.figure().covers("E09000016")
                    && r.timePeriod().equals(period)).findFirst().orElseThrow();
            assertEquals("311", haveringThen.figure().oldLaCode());
            if (havering != null) {
                assertEquals(0, new BigDecimal(havering).compareTo(haveringThen.figure().value()));
            }
            assertTrue(haveringThen.source().startsWith("Department for Education, A publication, " + period));
        }
    }

    @Test
    void aByteOrderMarkAndEitherColumnOrderAreReadAlike() {
        String lasFirst = "\uFEFFtime_period,time_identifier,geographic_level,country_code,country_name,region_code,"
                + "region_name,old_la_code,la_name,new_la_code,rate\n"
                + "2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,311,Havering,E09000016,67\n";
        Read figure = read(lasFirst, mapping("rate", Map.of())).figures().get(0);
        assertEquals("E09000016", figure.figure().areaCode());
        assertEquals("Havering", figure.figure().areaName());
        assertEquals(new BigDecimal("67"), figure.figure().value());
    }

    @Test
    void withheldFiguresKeepTheirSymbolAndAreNeverZero() {
        PublishedFigures figures = read(HEADER
                + "2025,Reporting year,Local authority,E92000001,England,R,Region,301,A,Name A,x,c\n"
                + "2025,Reporting year,Local authority,E92000001,England,R,Region,302,B,Name B,x,LOW\n"
                + "2025,Reporting year,Local authority,E92000001,England,R,Region,303,C,Name C,x,k\n"
                + "2025,Reporting year,Local authority,E92000001,England,R,Region,304,D,Name D,x,\n",
                mapping("rate", Map.of()));
        List<Read> read = figures.figures();
        assertEquals(List.of("c", "low", "k"), read.stream().map(r -> r.figure().symbol()).toList());
        read.forEach(r -> assertNull(r.figure().value()));
        assertEquals(1, figures.count("empty"), "an empty cell is not published, and not kept");
    }

    @Test
    void onlyRowsWithTheFiltersValuesAreTheKpis() {
        PublishedFigures figures = read(HEADER
                + "2025,Reporting year,National,E92000001,England,,,,,,Suitable,91\n"
                + "2025,Reporting year,National,E92000001,England,,,,,,Unsuitable,3\n",
                mapping("rate", Map.of("breakdown", "suitable")));
        assertEquals(1, figures.figures().size());
        assertEquals(new BigDecimal("91"), figures.figures().get(0).figure().value());
    }

    @Test
    void aMergedCouncilsRowIsKeptWithBothCodes() {
        Read merged = read(HEADER + "2025,Reporting year,Local authority,E92000001,England,E13000001,Inner London,"
                + "314 / 318,E09000021 / E09000027,Kingston upon Thames / Richmond upon Thames,x,12\n",
                mapping("rate", Map.of())).figures().get(0);
        assertTrue(merged.figure().covers("318"));
        assertTrue(merged.figure().covers("E09000021"));
    }

    @Test
    void aMalformedFileIsRefusedNamingItsLine() {
        assertLine("line 3", HEADER + "2025,Reporting year,National,E92000001,England,,,,,,x,1\n"
                + "2025,Reporting year,National,E92000001,England,,,,,,x,one\n");
        assertLine("line 2", HEADER + "2025,Spring term,National,E92000001,England,,,,,,x,1\n");
        assertLine("line 3", HEADER + "2025,Reporting year,National,E92000001,England,,,,,,x,1\n"
                + "2025,Reporting year,National,E92000001,England,,,,,x,1\n");
        assertLine("line 2", HEADER + "2025,Reporting year,Local authority,E92000001,England,,,,,,x,1\n");
        assertLine("line 3", HEADER + "2025,Reporting year,National,E92000001,England,,,,,,x,1\n"
                + "2025,Reporting year,National,E92000001,England,,,,,,y,2\n");
        assertLine("line 2", HEADER + "2025,Reporting year,National,E92000001,England,,,,,,x,1e12\n");
        assertLine("line 1", "time_period,geographic_level,rate\n2025,National,1\n");
        assertLine("line 2", HEADER + "2025,Reporting year,National,E92000001,England,,,,,,x," + "9".repeat(100_000) + "\n");
        ProblemException unclosed = assertThrows(ProblemException.class, () -> read(HEADER
                + "2025,Reporting year,National,E92000001,England,,,,,,x,\"1\n", mapping("rate", Map.of())));
        assertTrue(unclosed.errors().get(0).field().startsWith("line "), unclosed.errors().toString());
    }

    @Test
    void aFileNoKpiTakesFromIsUnprocessable() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> read(HEADER, mapping("caseload_fte", Map.of())));
        assertEquals(422, refused.type().status());
    }

    private static void assertLine(String line, String csv) {
        ProblemException refused = assertThrows(ProblemException.class, () -> read(csv, mapping("rate", Map.of())));
        assertEquals(400, refused.type().status(), csv);
        assertEquals(line, refused.errors().get(0).field(), refused.errors().toString());
    }
}
