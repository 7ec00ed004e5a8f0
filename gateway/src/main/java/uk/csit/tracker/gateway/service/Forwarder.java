package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.gateway.config.GatewayConfig;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/**
 * Passes a request for a service's own resource to that service and its answer back: status,
 * body and the headers that matter, with the service's URLs rewritten to the gateway's.
 */
@ApplicationScoped
public class Forwarder {

    static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept", "If-Match",
            "If-None-Match", "Idempotency-Key", "X-Request-Id");
    static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Location", "ETag", "Link", "Retry-After",
            "Idempotent-Replayed", "Allow", "WWW-Authenticate", "Cache-Control");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    GatewayConfig config;

    public static List<String> requestHeaders() {
        return REQUEST_HEADERS;
    }

    /** The service that owns a first path segment, or a 404 problem. */
    public String serviceFor(String segment) {
        String service = config.routes().get(segment);
        if (service == null || !config.services().containsKey(service)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "There is nothing at /api/v1/" + segment + ".");
        }
        return service;
    }

    public Response forward(String service, String method, String pathAndQuery, Map<String, String> headers, byte[] body,
            String gatewayBase) {
        String base = stripSlash(config.services().get(service));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(config.forwardTimeout())
                .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        REQUEST_HEADERS.forEach(name -> {
            String value = headers.get(name);
            if (value != null) {
                request.header(name, value);
            }
        });
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw unavailable(service, "did not answer in time", e);
        } catch (IOException e) {
            throw unavailable(service, "is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, "call was interrupted", e);
        }
        if (answer.statusCode() >= 500) {
            throw unavailable(service, "answered with an error (" + answer.statusCode() + ")", null);
        }
        Response.ResponseBuilder out = Response.status(answer.statusCode());
        for (String name : RESPONSE_HEADERS) {
            answer.headers().firstValue(name).ifPresent(value -> out.header(name, value.replace(base, stripSlash(gatewayBase))));
        }
        if (answer.body().length > 0) {
            out.entity(answer.body());
        }
        return out.build();
    }

    private static ProblemException unavailable(String service, String what, Exception cause) {
        Log.warnf("Forwarding to %s failed: %s (%s)", service, what, cause == null ? "" : cause.toString());
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The " + service + " service " + what
                + "; try again shortly.", List.of(), Map.of("Retry-After", "5"));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
