package uk.csit.tracker.inspection;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test data: inspection-service's request bodies as JSON objects rather than escaped strings. Each gives what the
 * contract asks of a new record; a test puts only what it is about, e.g.
 * {@code InspectionBodies.finding(ref, "RECOMMENDATION", "Improve supervision").put("area", "HELP_AND_PROTECTION")}.
 */
final class InspectionBodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private InspectionBodies() {
    }

    static ObjectNode inspection(String ref, String type, String startDate) {
        return JSON.objectNode().put("ref", ref).put("type", type).put("startDate", startDate);
    }

    static ObjectNode finding(String ref, String type, String text) {
        return JSON.objectNode().put("ref", ref).put("type", type).put("text", text);
    }

    static ObjectNode judgement(String area, String grade) {
        return JSON.objectNode().put("area", area).put("grade", grade);
    }

    static ObjectNode statusChange(String status, String date) {
        return JSON.objectNode().put("status", status).put("date", date);
    }

    /** An open improvement notice issued on 15 March 2024, with one condition and a DfE adviser overseeing it. */
    static ObjectNode improvementNotice(String ref) {
        ObjectNode notice = JSON.objectNode().put("ref", ref).put("type", "IMPROVEMENT_NOTICE")
                .put("issuedDate", "2024-03-15").put("status", "OPEN");
        notice.putArray("conditions").add("An improvement board");
        notice.putArray("oversight").addObject().put("role", "DFE_IMPROVEMENT_ADVISER").put("name", "A. Adviser")
                .put("fromDate", "2024-03-15");
        return notice;
    }

    static ObjectNode dfeReview(String ref, String interventionRef, String reviewDate) {
        return JSON.objectNode().put("ref", ref).put("interventionRef", interventionRef).put("reviewDate", reviewDate);
    }
}
