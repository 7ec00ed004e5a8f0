package uk.csit.tracker.finance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Test data: finance-service's request bodies as JSON objects rather than escaped strings. Money is given as JSON
 * text ({@code "1200.00"}) and written as it is, scale and all, so that the tests of money can also send what is not
 * money ({@code "\"10.00\""}, {@code 1e400}, {@code null}) in an otherwise valid body. Each factory gives what the
 * contract asks of a new record; a test puts only what it is about, e.g.
 * {@code FinanceBodies.allocation(ref, year, "OTHER", "1.00", "x").put("priorityRef", p).toString()}.
 */
final class FinanceBodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FinanceBodies() {
    }

    static ObjectNode financialYear(String label) {
        return JSON.objectNode().put("label", label);
    }

    static ObjectNode allocation(String ref, String financialYear, String category, String amountGbp, String purpose) {
        return money(JSON.objectNode().put("ref", ref).put("financialYear", financialYear).put("category", category),
                "amountGbp", amountGbp).put("purpose", purpose);
    }

    static ObjectNode spend(String externalId, String allocationRef, String date, String amountGbp) {
        ObjectNode spend = JSON.objectNode().put("externalId", externalId).put("allocationRef", allocationRef)
                .put("date", date);
        return money(spend, "amountGbp", amountGbp).put("description", "Agency social workers")
                .put("supplier", "Supplier Ltd");
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
        return money(JSON.objectNode(), "amountGbp", amountGbp).put("reason", reason).put("date", date);
    }

    static ObjectNode forecast(String allocationRef, String month, String forecastOutturnGbp) {
        return money(JSON.objectNode().put("allocationRef", allocationRef).put("month", month), "forecastOutturnGbp",
                forecastOutturnGbp);
    }

    static ObjectNode closedMonth(String month) {
        return JSON.objectNode().put("month", month);
    }

    static ObjectNode contextFigure(String ref, String subject, String amountGbp) {
        return money(JSON.objectNode().put("ref", ref).put("subject", subject).put("description", "d"), "amountGbp",
                amountGbp).put("source", "s").put("inUse", true);
    }

    /** Puts a money field as the JSON text given, malformed or not. */
    static ObjectNode money(ObjectNode body, String field, String json) {
        body.putRawValue(field, new RawValue(json));
        return body;
    }
}
