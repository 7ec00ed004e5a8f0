package uk.csit.tracker.finance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;

/**
 * Test data: finance-service's request bodies as JSON objects rather than escaped strings. Money is given as the
 * text of a decimal ({@code "1200.00"}) and written as that number, scale and all. Each factory gives what the
 * contract asks of a new record; a test puts only what it is about, e.g.
 * {@code FinanceBodies.allocation(ref, year, "OTHER", "1.00", "x").put("priorityRef", p).toString()}.
 * A body that is malformed on purpose (a money amount as a string, 1e400) stays the raw text it is.
 */
final class FinanceBodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FinanceBodies() {
    }

    static ObjectNode financialYear(String label) {
        return JSON.objectNode().put("label", label);
    }

    static ObjectNode allocation(String ref, String financialYear, String category, String amountGbp, String purpose) {
        return JSON.objectNode().put("ref", ref).put("financialYear", financialYear).put("category", category)
                .put("amountGbp", new BigDecimal(amountGbp)).put("purpose", purpose);
    }

    /**
     * A line of spend. Its amount is JSON text written as given, so that the tests of money can also send what is not
     * money ({@code "\"10.00\""}, {@code 1e400}, {@code null}) in an otherwise valid line.
     */
    static ObjectNode spend(String externalId, String allocationRef, String date, String amountGbp) {
        ObjectNode spend = JSON.objectNode().put("externalId", externalId).put("allocationRef", allocationRef)
                .put("date", date);
        spend.putRawValue("amountGbp", new RawValue(amountGbp));
        return spend.put("description", "Agency social workers").put("supplier", "Supplier Ltd");
    }

    /** A funding source; its conditions only if any are given. */
    static ObjectNode fundingSource(String ref, String name, String type, String... conditions) {
        ObjectNode source = JSON.objectNode().put("ref", ref).put("name", name).put("type", type);
        if (conditions.length > 0) {
            ArrayNode list = source.putArray("conditions");
            for (String condition : conditions) {
                list.add(condition);
            }
        }
        return source;
    }

    static ObjectNode variation(String amountGbp, String reason, String date) {
        return JSON.objectNode().put("amountGbp", new BigDecimal(amountGbp)).put("reason", reason).put("date", date);
    }

    static ObjectNode forecast(String allocationRef, String month, String forecastOutturnGbp) {
        return JSON.objectNode().put("allocationRef", allocationRef).put("month", month)
                .put("forecastOutturnGbp", new BigDecimal(forecastOutturnGbp));
    }

    static ObjectNode closedMonth(String month) {
        return JSON.objectNode().put("month", month);
    }

    static ObjectNode contextFigure(String ref, String subject, String amountGbp) {
        return JSON.objectNode().put("ref", ref).put("subject", subject).put("description", "d")
                .put("amountGbp", new BigDecimal(amountGbp)).put("source", "s").put("inUse", true);
    }
}
