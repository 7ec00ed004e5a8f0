package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import uk.csit.tracker.gateway.config.GatewayConfig;
import uk.csit.tracker.gateway.client.ServiceCircuits;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/**
 * Passes a request for a service's own resource to that service and its answer back: status,
 * body and the headers that matter, with the service's URLs rewritten to the gateway's. The call runs
 * under the service's one circuit breaker (ServiceCircuits, shared with the aggregates' reads): only a
 * refused connection, no answer in time or a 5xx count against it, never the caller's 4xx. A GET that
 * could not connect is tried once more, other methods never (they may not be idempotent).
 */
@ApplicationScoped
public class Forwarder {

    static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept", "Accept-Language",
            "If-Match", "If-None-Match", "Idempotency-Key", "X-Request-Id");
    static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Content-Disposition", "Location", "ETag",
            "Link", "Retry-After", "Idempotent-Replayed", "Allow", "WWW-Authenticate", "Cache-Control", "Vary",
            "X-Request-Id");
    private static final Set<String> RETRIED = Set.of("GET", "HEAD");

    private HttpClient http;

    @Inject
    GatewayConfig config;

    @Inject
    ServiceCircuits circuits;

    /** The service could not be reached, did not answer in time, or answered with a server error. */
    static class ServiceDown extends RuntimeException {
        final String what;

        ServiceDown(String what, Throwable cause) {
            super(what, cause, false, false);
            this.what = what;
        }
    }

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    }

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
        HttpRequest built = request.build();
        HttpResponse<byte[]> answer;
        try {
            answer = circuits.guard(service, () -> send(built, RETRIED.contains(method)));
        } catch (ServiceDown e) {
            throw unavailable(service, e.what, e.getCause());
        } catch (CircuitBreakerOpenException e) {
            throw unavailable(service, "is not answering (circuit open)", null);
        } catch (Exception e) {
            throw unavailable(service, "call failed", e);
        }
        Response.ResponseBuilder out = Response.status(answer.statusCode());
        String gateway = stripSlash(gatewayBase);
        for (String name : RESPONSE_HEADERS) {
            answer.headers().allValues(name).forEach(value -> out.header(name, value.replace(base, gateway)));
        }
        if (answer.body().length > 0) {
            out.entity(answer.body());
        }
        return out.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request, boolean retryOnRefusal) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() >= 500) {
                    throw new ServiceDown("answered with an error (" + answer.statusCode() + ")", null);
                }
                return answer;
            } catch (HttpConnectTimeoutException e) {
                throw new ServiceDown("is not reachable", e);
            } catch (HttpTimeoutException e) {
                throw new ServiceDown("did not answer in time", e);
            } catch (ConnectException e) {
                if (retryOnRefusal && attempt < 2) {
                    continue;
                }
                throw new ServiceDown("is not reachable", e);
            } catch (IOException e) {
                throw new ServiceDown("is not reachable", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceDown("call was interrupted", e);
            }
        }
    }

    private static ProblemException unavailable(String service, String what, Throwable cause) {
        Log.warnf("Forwarding to %s failed: %s (%s)", service, what, cause == null ? "" : cause.toString());
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The " + service + " service " + what
                + "; try again shortly.", List.of(), Map.of("Retry-After", "5"));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
