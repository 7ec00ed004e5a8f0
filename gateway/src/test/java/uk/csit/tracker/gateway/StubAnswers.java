package uk.csit.tracker.gateway;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test data: what the stubbed services answer, built as JSON rather than spelt as escaped strings. A record is given
 * as its JSON text (a text block of the test's own, or a fixture's); a page, a feed or a set of counts is made round
 * it here, and a record that is not JSON fails the test that gives it, where it is made.
 */
final class StubAnswers {

    /** Numbers kept as written ({@code 15200000.00} stays that, not {@code 1.52E7}): money is compared to the penny. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private StubAnswers() {
    }

    /** A page of the services' list contract: the records given, one JSON object each or several joined by commas. */
    static String page(int page, int size, long totalItems, String... records) {
        return page(page, size, totalItems, records(records));
    }

    /** The first and only page of 200 (what the gateway asks for when it gathers a list), holding these records. */
    static String page(String... records) {
        ArrayNode items = records(records);
        return page(0, 200, items.size(), items);
    }

    private static String page(int page, int size, long totalItems, ArrayNode items) {
        ObjectNode answer = JSON.createObjectNode();
        answer.set("items", items);
        return answer.put("page", page).put("size", size).put("totalItems", totalItems).toString();
    }

    /** A change feed's answer after a cursor: its changes, the cursor to read on from and whether more wait. */
    static String feed(String nextCursor, boolean hasMore, String... changes) {
        ObjectNode answer = JSON.createObjectNode();
        answer.set("items", records(changes));
        return answer.put("nextCursor", nextCursor).put("hasMore", hasMore).toString();
    }

    /** Counts by name ({@code "RED", 2, "AMBER", 3}), as a summary gives them by RAG or by status. */
    static String counts(Object... namesAndCounts) {
        ObjectNode counts = JSON.createObjectNode();
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            counts.put((String) namesAndCounts[i], ((Number) namesAndCounts[i + 1]).longValue());
        }
        return counts.toString();
    }

    /** A record known by its ref alone: all a test of forwarding needs to see passed on. */
    static String ref(String ref) {
        return JSON.createObjectNode().put("ref", ref).toString();
    }

    /** A service's problem answer (RFC 9457), its status and title. */
    static String problem(int status, String title) {
        return JSON.createObjectNode().put("status", status).put("title", title).toString();
    }

    /** The summary given with {@code asOf} set to the day, as a service answers when asked for a past day. */
    static String asOf(String summary, String day) {
        return ((ObjectNode) tree(summary)).put("asOf", day).toString();
    }

    private static ArrayNode records(String... records) {
        ArrayNode items = JSON.createArrayNode();
        for (String record : records) {
            JsonNode parsed = tree("[" + record + "]");
            parsed.forEach(items::add);
        }
        return items;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A stubbed answer is not JSON: " + json, e);
        }
    }
}
