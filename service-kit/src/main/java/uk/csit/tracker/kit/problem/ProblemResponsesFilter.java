package uk.csit.tracker.kit.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares, on every API operation, the error answers every operation can give, so that no
 * resource repeats them and none forgets them: 400 (a request the contract does not allow), 401 and 403 where a
 * token is needed, 404 where the path names a record, 406 on reads asked for a form they do not give, 413, 415 and
 * 422 where a body is taken (too large, of another media type, allowed by the contract but against a rule), 429
 * (rate limited) and 503 (a dependency is down), each an RFC 9457 problem. An error answer a resource describes
 * itself (its own words for a 404 or a 409) gets the problem body here too, so no resource repeats it.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = uk.csit.tracker.kit.openapi.ContractFilters.PROBLEMS)
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "400", "The request is not valid; `errors` names each field that is wrong.",
            "429", "Too many requests from this client; wait for Retry-After seconds.",
            "503", "A dependency (the database, or for the gateway a service) is not available; retry shortly.");
    /**
     * The bare answers SmallRye and Quarkus add by themselves (for a validated parameter, for a secured operation),
     * in their words: replaced below by ours. Any other error answer without a body is one a resource described in
     * its own words, and is given the problem body.
     */
    private static final Map<String, String> GENERATED = Map.of(
            "400", "Bad Request", "401", "Not Authorized", "403", "Not Allowed");
    private static final Map<String, String> SECURED = Map.of(
            "401", "No valid bearer token: missing, expired, forged, or for another issuer or audience.",
            "403", "The token's roles do not grant the capability this operation needs.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    declare(operation);
                    if (path.contains("{")) {
                        add(operation.getResponses(), "404", "Nothing has the ref (or other key) in the path.");
                    }
                    if (method == PathItem.HttpMethod.GET) {
                        add(operation.getResponses(), "406", "The Accept header names no form this operation gives.");
                    }
                    // In order of status, the same on every build (Map.of's order changes from one JVM to the next).
                    operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
                });
            }
        });
    }

    private static void declare(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        APIResponses target = responses;
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.matches("[45]\\d\\d") && response.getContent() == null
                        && !response.getDescription().equals(GENERATED.get(code))) {
                    response.setContent(problemContent());
                }
            });
        }
        COMMON.forEach((code, description) -> add(target, code, description));
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            SECURED.forEach((code, description) -> add(target, code, description));
        }
        if (operation.getRequestBody() != null) {
            add(target, "413", "The body is larger than the service takes (2 MB unless configured otherwise).");
            add(target, "415", "The body is not of a media type this operation takes (see its requestBody).");
            add(target, "422", RULE_BROKEN);
        }
    }

    /** What a 422 means on an operation that takes a body. */
    static final String RULE_BROKEN = "The request is one the contract allows but cannot be carried out: it breaks a"
            + " rule the schema cannot say (a ref that names nothing, a date before another, a change the record's"
            + " state does not allow), or its Idempotency-Key was used before with another body. `errors` names each"
            + " field and why.";

    private static void add(APIResponses responses, String code, String description) {
        // SmallRye adds bare 401/403 entries for secured operations; give them the problem body.
        if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() != null) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    /** An RFC 9457 problem body, by reference to the Problem schema: the body of every error answer. */
    public static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
