package uk.csit.tracker.plan.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.plan.domain.Kpi;
import uk.csit.tracker.plan.domain.KpiRag;
import uk.csit.tracker.plan.domain.KpiValue;
import uk.csit.tracker.plan.domain.Polarity;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueResponse;

class KpiMapperTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void lowerIsBetterMeetsItsTargetAtOrBelowItAndIsAmberWithinATenthAbove() {
        assertEquals(Rag.GREEN, KpiRag.of(Polarity.LOWER_IS_BETTER, n("15.0"), n("16")));
        assertEquals(Rag.GREEN, KpiRag.of(Polarity.LOWER_IS_BETTER, n("16"), n("16")));
        assertEquals(Rag.AMBER, KpiRag.of(Polarity.LOWER_IS_BETTER, n("17.6"), n("16")), "1.6 over is a tenth of 16");
        assertEquals(Rag.RED, KpiRag.of(Polarity.LOWER_IS_BETTER, n("17.7"), n("16")));
    }

    @Test
    void higherIsBetterMeetsItsTargetAtOrAboveIt() {
        assertEquals(Rag.GREEN, KpiRag.of(Polarity.HIGHER_IS_BETTER, n("91"), n("90")));
        assertEquals(Rag.AMBER, KpiRag.of(Polarity.HIGHER_IS_BETTER, n("81"), n("90")));
        assertEquals(Rag.RED, KpiRag.of(Polarity.HIGHER_IS_BETTER, n("80.9"), n("90")));
    }

    @Test
    void noTargetOrNoValueHasNoRag() {
        assertNull(KpiRag.of(Polarity.LOWER_IS_BETTER, n("15"), null));
        assertNull(KpiRag.of(Polarity.LOWER_IS_BETTER, null, n("16")));
    }

    @Test
    void aValueWithoutATargetOfItsOwnIsJudgedAgainstTheKpis() {
        Kpi kpi = new Kpi();
        kpi.code = "SW_CASELOAD";
        kpi.polarity = Polarity.LOWER_IS_BETTER;
        kpi.target = n("16");
        KpiValue value = new KpiValue();
        value.periodStart = LocalDate.of(2025, 9, 1);
        value.periodEnd = LocalDate.of(2025, 9, 30);
        value.value = n("15.0");
        KpiValueResponse response = KpiMapper.toResponse(value, kpi);
        assertEquals(n("16"), response.target());
        assertEquals(Rag.GREEN, response.rag());
        value.target = n("13");
        assertEquals(Rag.RED, KpiMapper.toResponse(value, kpi).rag(), "its own target, missed by more than a tenth");
    }
}
