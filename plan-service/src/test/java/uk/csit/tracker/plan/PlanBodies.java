package uk.csit.tracker.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Test data: plan-service's request bodies as JSON objects rather than escaped strings. Each gives what the contract
 * asks of a new record; a test puts only what it is about, e.g.
 * {@code PlanBodies.action(ref, priority, "Do it").put("status", "COMPLETE").toString()}.
 */
final class PlanBodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PlanBodies() {
    }

    /** An object of text fields, named and valued in turn. */
    static ObjectNode fields(String... namesAndValues) {
        ObjectNode object = JSON.objectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    static ObjectNode plan(String ref, String title) {
        return fields("ref", ref, "title", title);
    }

    static ObjectNode programme(String ref, String title, String kind) {
        return fields("ref", ref, "title", title, "kind", kind);
    }

    /** A priority; the recommendations it answers only if any are named. */
    static ObjectNode priority(String ref, String title, String... recommendationRefs) {
        ObjectNode priority = fields("ref", ref, "title", title);
        if (recommendationRefs.length > 0) {
            priority.set("recommendationRefs", strings(recommendationRefs));
        }
        return priority;
    }

    static ObjectNode action(String ref, String priorityRef, String title) {
        return JSON.objectNode().put("ref", ref).put("priorityRef", priorityRef).put("title", title);
    }

    /** An action's status and percentage, and its dates where given (null leaves a date out). */
    static ObjectNode action(String ref, String priorityRef, String title, String status, String percentComplete,
            LocalDate start, LocalDate due) {
        ObjectNode action = action(ref, priorityRef, title).put("status", status)
                .put("percentComplete", new BigDecimal(percentComplete));
        if (start != null) {
            action.put("startDate", start.toString());
        }
        if (due != null) {
            action.put("dueDate", due.toString());
        }
        return action;
    }

    static ObjectNode progressUpdate(LocalDate date, String narrative, String rag, int percentComplete) {
        return JSON.objectNode().put("date", date.toString()).put("narrative", narrative).put("rag", rag)
                .put("percentComplete", percentComplete);
    }

    static ObjectNode kpi(String code, String name, String unit, String polarity, String frequency, String source) {
        return JSON.objectNode().put("code", code).put("name", name).put("unit", unit).put("polarity", polarity)
                .put("frequency", frequency).put("source", source);
    }

    static ObjectNode kpiValue(String periodStart, String periodEnd, String periodLabel, String value) {
        return JSON.objectNode().put("periodStart", periodStart).put("periodEnd", periodEnd)
                .put("periodLabel", periodLabel).put("value", new BigDecimal(value));
    }

    /** Where a KPI's published figures come from: a statistical release's indicator column and its filters. */
    static ObjectNode publishedSource(String publication, String indicator, ObjectNode filters) {
        ObjectNode source = fields("publication", publication, "indicator", indicator);
        source.set("filters", filters);
        return source;
    }

    static ObjectNode milestone(String title, String dueDate) {
        return fields("title", title, "dueDate", dueDate);
    }

    static ObjectNode board(String ref, String type, String name) {
        return fields("ref", ref, "type", type, "name", name);
    }

    static ObjectNode boardMeeting(String ref, String date, String... actionsReviewed) {
        ObjectNode meeting = fields("ref", ref, "date", date);
        meeting.set("actionsReviewed", strings(actionsReviewed));
        return meeting;
    }

    static ArrayNode strings(String... values) {
        ArrayNode array = JSON.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
