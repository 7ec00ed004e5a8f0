package uk.csit.tracker.kit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conformance check sees what breaks a 3.1 contract, and only that. */
class ContractConformanceTest {

    static final String CONTRACT = """
            {"openapi":"3.1.0","info":{"title":"t","version":"1"},
             "paths":{"/api/v1/actions/{ref}":{
               "get":{"parameters":[{"in":"path","name":"ref","required":true,"schema":{"type":"string"}},
                                    {"in":"query","name":"size","schema":{"type":"integer","format":"int32","exclusiveMinimum":0}}],
                      "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Action"}}}},
                                   "404":{"description":"none","content":{"application/problem+json":{"schema":{"type":"object"}}}}}},
               "put":{"parameters":[{"in":"path","name":"ref","required":true,"schema":{"type":"string"}}],
                      "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Action"}}}},
                      "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Action"}}}},
                                   "400":{"description":"bad","content":{"application/problem+json":{"schema":{"type":"object"}}}}}}}},
             "components":{"schemas":{"Action":{"type":"object","properties":{
               "ref":{"type":"string","examples":["A-1.1"]},
               "status":{"type":"string","enum":["NOT_STARTED","COMPLETE"]},
               "note":{"type":["string","null"]}}}}}}
            """;

    final ContractConformance check = ContractConformance.of(CONTRACT);

    ContractConformanceTest() throws Exception {
    }

    @Test
    void aConformingExchangePasses() {
        assertEquals(List.of(), keys(check.breaches(get("/api/v1/actions/A-1.1?size=5"),
                json(200, "{\"ref\":\"A-1.1\",\"status\":\"COMPLETE\",\"note\":null}"))));
    }

    @Test
    void aResponseOutsideTheSchemaIsABreach() {
        assertTrue(keys(check.breaches(get("/api/v1/actions/A-1.1"), json(200, "{\"ref\":\"A-1.1\",\"status\":\"DONE\"}")))
                .contains("validation.response.body.schema.enum"));
        assertTrue(keys(check.breaches(get("/api/v1/actions/A-1.1"), json(200, "{\"ref\":7}")))
                .contains("validation.response.body.schema.type"));
        assertTrue(keys(check.breaches(get("/api/v1/actions/A-1.1"), json(503, "{}")))
                .contains("validation.response.status.unknown"));
    }

    @Test
    void anAcceptedRequestOutsideTheContractIsABreachButARefusedOneIsNot() {
        Request badSize = get("/api/v1/actions/A-1.1?size=0");
        assertTrue(keys(check.breaches(badSize, json(200, "{\"ref\":\"A-1.1\"}"))).stream()
                .anyMatch(k -> k.startsWith("validation.request")));
        assertEquals(List.of(), keys(check.breaches(badSize, problem(404))));
        Request badBody = SimpleRequest.Builder.put("/api/v1/actions/A-1.1").withContentType("application/json")
                .withBody("{\"status\":\"DONE\"}").build();
        assertTrue(keys(check.breaches(badBody, json(200, "{\"ref\":\"A-1.1\"}"))).stream()
                .anyMatch(k -> k.startsWith("validation.request.body")));
        assertEquals(List.of(), keys(check.breaches(badBody, problem(400))));
    }

    private static Request get(String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        SimpleRequest.Builder builder = SimpleRequest.Builder.get(parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                builder.withQueryParam(nameValue[0], nameValue[1]);
            }
        }
        return builder.build();
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
    }

    private static SimpleResponse problem(int status) {
        return SimpleResponse.Builder.status(status).withContentType("application/problem+json").withBody("{}").build();
    }

    private static List<String> keys(List<ValidationReport.Message> messages) {
        return messages.stream().map(ValidationReport.Message::getKey).toList();
    }
}
