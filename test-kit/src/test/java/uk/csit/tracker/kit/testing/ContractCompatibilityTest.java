package uk.csit.tracker.kit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** openapi-diff, as the build uses it, tells a growing contract from a breaking one. */
class ContractCompatibilityTest {

    static String contract(String extraPath, String requestRequired, String responseProperties, String statuses) {
        return """
                {"openapi":"3.1.0","info":{"title":"t","version":"1"},
                 "paths":{"/api/v1/actions/{ref}":{"put":{
                   "parameters":[{"in":"path","name":"ref","required":true,"schema":{"type":"string"}}],
                   "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ActionRequest"}}}},
                   "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Action"}}}}}}}
                   %s},
                 "components":{"schemas":{
                   "ActionRequest":{"type":"object","required":[%s],"properties":{
                     "title":{"type":"string"},"note":{"type":["string","null"]}}},
                   "Action":{"type":"object","properties":{%s,
                     "status":{"type":"string","enum":[%s]}}}}}}
                """.formatted(extraPath, requestRequired, responseProperties, statuses);
    }

    static final String BOARDS = ",\"/api/v1/boards\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\"}}}}";

    static final String RELEASED = contract("", "\"title\"",
            "\"ref\":{\"type\":\"string\"},\"title\":{\"type\":\"string\"}", "\"OPEN\",\"DONE\"");

    @Test
    void anUnchangedOrGrownContractIsCompatible() throws Exception {
        assertFalse(ContractCompatibility.compare(RELEASED, RELEASED).isIncompatible());
        String grown = contract(BOARDS, "\"title\"",
                "\"ref\":{\"type\":\"string\"},\"title\":{\"type\":\"string\"},\"owner\":{\"type\":\"string\"}",
                "\"OPEN\",\"DONE\"");
        assertFalse(ContractCompatibility.compare(RELEASED, grown).isIncompatible());
    }

    @Test
    void aRemovedOperationIsABreak() throws Exception {
        String released = contract(BOARDS, "\"title\"",
                "\"ref\":{\"type\":\"string\"},\"title\":{\"type\":\"string\"}", "\"OPEN\",\"DONE\"");
        assertTrue(ContractCompatibility.compare(released, RELEASED).isIncompatible());
    }

    @Test
    void aNewRequiredRequestFieldIsABreak() throws Exception {
        String next = contract("", "\"title\",\"note\"",
                "\"ref\":{\"type\":\"string\"},\"title\":{\"type\":\"string\"}", "\"OPEN\",\"DONE\"");
        assertTrue(ContractCompatibility.compare(RELEASED, next).isIncompatible());
        assertTrue(ContractCompatibility.render(ContractCompatibility.compare(RELEASED, next)).contains("note"));
    }

    @Test
    void aPropertyGoneIsABreak() throws Exception {
        String next = contract("", "\"title\"", "\"ref\":{\"type\":\"string\"}", "\"OPEN\",\"DONE\"");
        assertEquals(List.of("PUT /api/v1/actions/{ref} 200 title"), ContractCompatibility.propertiesGone(RELEASED, next));
        assertEquals(List.of(), ContractCompatibility.propertiesGone(RELEASED, RELEASED));
    }

    @Test
    void aSchemaRenamedWithEveryPropertyKeptIsNoBreak() throws Exception {
        String renamed = RELEASED.replace("\"Action\"", "\"ActionView\"").replace("schemas/Action\"", "schemas/ActionView\"");
        assertEquals(List.of(), ContractCompatibility.propertiesGone(RELEASED, renamed));
    }

    @Test
    void theReleasedIfMatchIsReadAsRequired() throws Exception {
        String optional = RELEASED.replace("\"parameters\":[", "\"parameters\":[{\"in\":\"header\",\"name\":\"If-Match\","
                + "\"schema\":{\"type\":\"string\"}},");
        String required = optional.replace("\"name\":\"If-Match\",", "\"name\":\"If-Match\",\"required\":true,");
        assertTrue(ContractCompatibility.compare(optional, required).isIncompatible(), "openapi-diff alone");
        assertFalse(ContractCompatibility.compare(ContractCompatibility.corrected(optional), required).isIncompatible());
    }
}
