package uk.csit.tracker.kit.testing;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A request to the service under test sent with the JDK's HTTP client, its exchange held to the module's committed
 * contract as {@link ContractConformance} holds every REST Assured call: for the suites that send a request for every
 * operation and role, or every variant of every write, where REST Assured's Groovy cost the test JVM more than the
 * service's answers did. No token is sent unless the caller gives an {@code Authorization} header.
 */
public final class ContractExchange {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final ContractConformance contract;

    private ContractExchange(String base, ContractConformance contract) {
        this.base = base;
        this.contract = contract;
    }

    /** Exchanges with the server at this base address, held to this contract (none when null). */
    static ContractExchange of(String base, ContractConformance contract) {
        return new ContractExchange(base, contract);
    }

    /** Exchanges with the service under test ({@code @QuarkusTest}'s port), held to this module's contract if it has one. */
    public static ContractExchange withServiceUnderTest() {
        return new ContractExchange(RestAssured.baseURI + ":" + RestAssured.port, ContractConformance.forCurrentModule());
    }

    /**
     * Sends one request and returns its answer, or throws an AssertionError when the answer (or the request, if it was
     * accepted) is outside the contract.
     *
     * @param path    the path and query, from the service's root
     * @param headers request headers (a JSON body is sent as {@code application/json} unless one names another type)
     * @param body    the body, or null for none
     */
    public HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        HttpRequest sent = request.build();
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(sent, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + path, e);
        }
        if (contract != null && sent.uri().getPath().startsWith("/api/")) {
            contract.hold(asValidated(sent, body), asValidated(answer));
        }
        return answer;
    }

    private static com.atlassian.oai.validator.model.Request asValidated(HttpRequest sent, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(sent.method(), sent.uri().getPath());
        sent.headers().map().forEach(request::withHeader);
        String query = sent.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                request.withQueryParam(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        if (body != null) {
            request.withBody(body);
        }
        return request.build();
    }

    private static com.atlassian.oai.validator.model.Response asValidated(HttpResponse<String> answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
        answer.headers().map().forEach(response::withHeader);
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        return response.build();
    }
}
