package uk.csit.tracker.system;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** Test data: the request bodies the system tests send, built as JSON objects rather than spelt as escaped strings. */
final class Bodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Bodies() {
    }

    static String progressUpdate(LocalDate date, String narrative, String rag, int percentComplete) {
        return JSON.objectNode().put("date", date.toString()).put("narrative", narrative).put("rag", rag)
                .put("percentComplete", percentComplete).toString();
    }

    static String action(String ref, String priorityRef, String title, String status, int percentComplete) {
        return JSON.objectNode().put("ref", ref).put("priorityRef", priorityRef).put("title", title)
                .put("status", status).put("percentComplete", percentComplete).toString();
    }

    /** A webhook subscription to one type of event. */
    static String webhook(String url, String eventType, String description) {
        ObjectNode webhook = JSON.objectNode().put("url", url);
        webhook.putArray("eventTypes").add(eventType);
        return webhook.put("description", description).toString();
    }

    static String inspection(String ref, String type, String startDate) {
        return JSON.objectNode().put("ref", ref).put("type", type).put("startDate", startDate).toString();
    }
}
