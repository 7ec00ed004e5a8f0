package uk.csit.tracker.plan.domain;

import java.math.BigDecimal;

/** A KPI value's RAG against its target, by the KPI's polarity. */
public final class KpiRag {

    /** How far a value may miss its target, as a share of the target, and still be AMBER. */
    static final BigDecimal AMBER_TOLERANCE = new BigDecimal("0.10");

    private KpiRag() {
    }

    /** GREEN when the target is met, AMBER when missed by at most 10% of it, RED beyond; null without a target. */
    public static Rag of(Polarity polarity, BigDecimal value, BigDecimal target) {
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
