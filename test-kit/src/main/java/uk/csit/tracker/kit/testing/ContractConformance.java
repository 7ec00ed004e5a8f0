package uk.csit.tracker.kit.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Holds every REST Assured exchange of a module's tests to the module's committed OpenAPI document
 * ({@code openapi.json} in the module folder): every response under {@code /api/} must be one the
 * contract describes (status, media type, body schema, headers), and every request the service
 * accepted (a 2xx answer) must be one the contract allows. Requests a test sends to prove they are
 * refused are not held to the contract, but their refusals are.
 *
 * <p>Installed for every {@code @QuarkusTest} by {@link ContractConformanceCallback}, and held by
 * {@link ContractExchange} to the suites' requests sent with the JDK's client; a module
 * without a committed document is not checked, nor is a run that rewrites the document
 * ({@code -Dopenapi.update=true}): run the tests again after it.
 */
public final class ContractConformance implements OrderedFilter {

    private static final String REQUEST = "validation.request";

    private final OpenApiInteractionValidator validator;

    private ContractConformance(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The check for the module the tests run in, made once per test JVM, or null when it commits no contract. */
    static ContractConformance forCurrentModule() {
        return CurrentModule.CHECK;
    }

    private static final class CurrentModule {
        static final ContractConformance CHECK = forModule(Path.of(""));
    }

    /**
     * The check for the module in this folder, or null when it commits no contract: for a test that calls another
     * module's packaged service, whose answers are held to that service's contract rather than its own module's.
     */
    public static ContractConformance forModule(Path module) {
        Path contract = module.resolve("openapi.json");
        if (!Files.isRegularFile(contract) || Boolean.getBoolean("openapi.update")) {
            return null;
        }
        try {
            return of(Files.readString(contract));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The check for an OpenAPI 3.1 document given as JSON text. */
    static ContractConformance of(String openApiJson) throws java.io.IOException {
        String document = OpenApi30View.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(openApiJson));
        return new ContractConformance(OpenApiInteractionValidator.createForInlineApiSpecification(document).build());
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        String path = request.getDerivedPath();
        if (!path.startsWith("/api/")) {
            return answer;
        }
        hold(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
        return answer;
    }

    /** Throws an AssertionError naming what in this exchange is outside the contract, if anything is. */
    void hold(com.atlassian.oai.validator.model.Request request, com.atlassian.oai.validator.model.Response response) {
        List<ValidationReport.Message> breaches = breaches(request, response);
        if (!breaches.isEmpty()) {
            throw new AssertionError("Outside the committed contract (openapi.json): " + request.getMethod() + " "
                    + request.getPath() + " answered " + response.getStatus() + "\n" + breaches.stream()
                            .map(m -> "  - [" + m.getKey() + "] " + m.getMessage()
                                    + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
                            .collect(Collectors.joining("\n")));
        }
    }

    /** What in one exchange is outside the contract: every response error, and request errors when it was accepted. */
    List<ValidationReport.Message> breaches(com.atlassian.oai.validator.model.Request request,
            com.atlassian.oai.validator.model.Response response) {
        boolean accepted = response.getStatus() / 100 == 2;
        return validator.validate(request, response).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> accepted || !m.getKey().startsWith(REQUEST))
                .toList();
    }
}
