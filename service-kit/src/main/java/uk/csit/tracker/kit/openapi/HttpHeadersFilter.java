package uk.csit.tracker.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import uk.csit.tracker.kit.problem.ProblemResponsesFilter;

/**
 * Documents the HTTP headers of the API conventions once, the same way on every operation, from what the
 * operation already says about itself: {@code X-Request-Id} on every answer; {@code Retry-After} on 429 and
 * 503; {@code Location} on 201; {@code Link} on a page of a list; {@code ETag} on an answer that carries a
 * {@code version} (or declares one), and then {@code If-None-Match} with its 304 on the read; {@code If-Match}
 * as required (a missing one is 428, a stale one 412) wherever an operation takes it; and
 * {@code Idempotency-Key} with {@code Idempotent-Replayed} and the 422 for a key reused with another body. The
 * headers and parameters are components, referred to from each operation. That a caller may send its own
 * {@code X-Request-Id} with any request is said once, in the document's description, rather than as a parameter of
 * every operation (which would give every method of a generated client one more argument).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ContractFilters.HEADERS)
public class HttpHeadersFilter implements OASFilter {

    static final String REQUEST_ID = "X-Request-Id";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String LINK = "Link";
    static final String RETRY_AFTER = "Retry-After";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (openAPI.getInfo() != null && openAPI.getInfo().getDescription() != null
                && !openAPI.getInfo().getDescription().contains(REQUEST_ID)) {
            openAPI.getInfo().setDescription(openAPI.getInfo().getDescription() + " Any request may carry an "
                    + REQUEST_ID + " (1 to 100 letters, digits, '.', '_', ':' or '-'); every answer carries one, the"
                    + " caller's or a new one, and it names the request in the logs and the history of every service"
                    + " it reaches.");
        }
        declareHeaders(components);
        declareParameters(components);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(method, operation, components));
            }
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation, Components components) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(operation.getParameters());
        boolean ifMatch = takesOut(parameters, IF_MATCH);
        boolean idempotent = takesOut(parameters, IDEMPOTENCY_KEY);
        takesOut(parameters, IF_NONE_MATCH);
        takesOut(parameters, REQUEST_ID);

        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") && !has(response, ETAG) && carriesVersion(response, components)) {
                addHeader(response, ETAG);
            }
        });
        boolean tagged = responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && has(e.getValue(), ETAG));

        if (ifMatch) {
            parameters.add(ref(IF_MATCH));
            ensure(responses, "412", "The resource changed since the ETag in If-Match was read; read it again.");
            ensure(responses, "428", "If-Match is missing: send the ETag you read.");
        }
        if (method == PathItem.HttpMethod.GET && tagged) {
            parameters.add(ref(IF_NONE_MATCH));
            if (!responses.hasAPIResponse("304")) {
                responses.addAPIResponse("304", OASFactory.createAPIResponse()
                        .description("Not modified: the ETag sent in If-None-Match is still current. No body."));
            }
            addHeader(responses.getAPIResponse("304"), ETAG);
        }
        if (idempotent) {
            parameters.add(ref(IDEMPOTENCY_KEY));
            ensure(responses, "422", "The Idempotency-Key was used before with another body.");
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);

        responses.getAPIResponses().forEach((code, response) -> {
            addHeader(response, REQUEST_ID);
            if (code.equals("429") || code.equals("503")) {
                addHeader(response, RETRY_AFTER);
            }
            if (code.equals("201")) {
                addHeader(response, LOCATION);
            }
            if (code.startsWith("2") && isPage(response, components)) {
                addHeader(response, LINK);
            }
            if (code.startsWith("2") && idempotent) {
                addHeader(response, REPLAYED);
            }
        });
    }

    /** Removes the operation's own declaration of a header parameter; returns whether it had one. */
    private static boolean takesOut(List<Parameter> parameters, String name) {
        return parameters.removeIf(p -> name.equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER
                || ("#/components/parameters/" + name).equals(p.getRef()));
    }

    private static Parameter ref(String name) {
        return OASFactory.createParameter().ref(name);
    }

    private static void ensure(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(ProblemResponsesFilter.problemContent()));
        }
    }

    private static boolean has(APIResponse response, String header) {
        return response.getHeaders() != null && response.getHeaders().keySet().stream()
                .anyMatch(header::equalsIgnoreCase);
    }

    private static void addHeader(APIResponse response, String name) {
        Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(response.getHeaders());
        headers.keySet().removeIf(name::equalsIgnoreCase);
        headers.put(name, OASFactory.createHeader().ref(name));
        response.setHeaders(headers);
    }

    /** The JSON schema of a response, with a reference followed once. */
    private static Schema jsonSchema(APIResponse response, Components components) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return null;
        }
        MediaType json = response.getContent().getMediaTypes().get("application/json");
        if (json == null || json.getSchema() == null) {
            return null;
        }
        Schema schema = json.getSchema();
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS) && components.getSchemas() != null) {
            Schema named = components.getSchemas().get(schema.getRef().substring(SCHEMAS.length()));
            return named == null ? schema : named;
        }
        return schema;
    }

    private static boolean carriesVersion(APIResponse response, Components components) {
        Schema schema = jsonSchema(response, components);
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    /** A page of a list: its items with the page number, size and total. */
    private static boolean isPage(APIResponse response, Components components) {
        Schema schema = jsonSchema(response, components);
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("items")
                && schema.getProperties().containsKey("totalItems") && schema.getProperties().containsKey("page");
    }

    private static void declareHeaders(Components components) {
        header(components, REQUEST_ID, "The request's id: the caller's own X-Request-Id when it sent a sane one (1 to"
                + " 100 letters, digits, '.', '_', ':' or '-'), else a new UUID. It names the request in every"
                + " service's logs and in the history of what it changed.", "0f8fad5b-d9cb-469f-a165-70867728950e");
        header(components, ETAG, "A strong validator of the answer: the record's version, or a hash of an"
                + " aggregate's content. Send it back in If-Match to change the record, or in If-None-Match to read it"
                + " only if it changed.", "\"7\"");
        header(components, LOCATION, "The URL of what was created.", "/api/v1/actions/A-2.4");
        header(components, LINK, "RFC 8288 links to the first, previous, next and last pages, with the same filters.",
                "</api/v1/actions?page=1&size=50>; rel=\"next\"");
        Schema seconds = OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO);
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("How many seconds to wait before trying again.")
                .schema(seconds).example(5));
        components.addHeader(REPLAYED, OASFactory.createHeader()
                .description("true when this is the stored answer to an earlier request with the same"
                        + " Idempotency-Key and body: nothing was done again.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.of("true")))
                .example("true"));
    }

    private static void header(Components components, String name, String description, String example) {
        components.addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)).example(example));
    }

    private static void declareParameters(Components components) {
        components.addParameter(IF_MATCH, OASFactory.createParameter().name(IF_MATCH).in(Parameter.In.HEADER)
                .required(true)
                .description("The ETag of the version you read and are changing, quoted as it was sent (\"7\")."
                        + " Missing, or *: 428; not an entity-tag: 400; not the current version: 412, nothing changed.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)).example("\"7\""));
        components.addParameter(IF_NONE_MATCH, OASFactory.createParameter().name(IF_NONE_MATCH)
                .in(Parameter.In.HEADER)
                .description("ETags you already hold: when one is current the answer is 304 with no body.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)).example("\"7\""));
        components.addParameter(IDEMPOTENCY_KEY, OASFactory.createParameter().name(IDEMPOTENCY_KEY)
                .in(Parameter.In.HEADER)
                .description("Makes a retry safe: the same key with the same body from the same caller (token"
                        + " subject) within 24 hours gives the first answer again (Idempotent-Replayed: true) and"
                        + " creates nothing; the same key with another body is a 422. Keys are each caller's own:"
                        + " another caller's key never meets yours.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).minLength(1).maxLength(255))
                .example("5b9c1f6e-2f43-4c1e-9d0a-2d1f0c6a7e10"));
    }
}
