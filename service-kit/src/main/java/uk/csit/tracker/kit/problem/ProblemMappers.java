package uk.csit.tracker.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 answer. A request the client
 * got wrong is a 4xx that says what to fix; anything else is a 5xx that names an error id for the
 * logs and never a stack trace, SQL text or class name.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = Response.status(e.type().status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problems.of(e.type(), e.getMessage(), request.path(), e.errors()));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class})
    public Response unauthorised(HttpServerRequest request) {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problems.of(ProblemType.UNAUTHORISED, "Send a valid bearer token (Authorization: Bearer"
                        + " ...) issued for this API; it is missing, expired, or not one this service accepts.",
                        request.path(), List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return Problems.response(ProblemType.FORBIDDEN,
                "Your token's roles do not allow " + request.method() + " on " + request.path() + ".",
                request.path());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = Response.status(405).type(Problem.MEDIA_TYPE)
                .entity(Problems.of(ProblemType.METHOD_NOT_ALLOWED,
                        "The method " + request.method() + " is not allowed on " + request.path() + ".",
                        request.path(), List.of()));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        // A JSON reader's failure may arrive wrapped; say so plainly rather than echo the parser.
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return JsonProblemMappers.malformedJson(json, request);
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path() + ".";
            case 406 -> "This resource answers in application/json"
                    + " (and text/csv where documented); the Accept header asked for something else.";
            case 415 -> "This operation takes application/json"
                    + " (or the media types documented for it), not " + contentType(request) + ".";
            case 413 -> "The request body is larger than this service accepts.";
            default -> type.title() + ".";
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problems.of(type, detail, request.path(), List.of()));
        copyHeader(e, builder, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(e, builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        return unexpectedProblem(e, request);
    }

    /** A 500 naming an error id that the log names too, unless the cause is a database failure a request can cause. */
    static Response unexpectedProblem(Throwable e, HttpServerRequest request) {
        Optional<DatabaseFailure> database = DatabaseFailure.of(e);
        if (database.isPresent()) {
            return fromDatabase(database.get(), e, request);
        }
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s serving %s %s", errorId, request.method(), request.path());
        return Problems.response(ProblemType.INTERNAL,
                "Something went wrong on our side. Quote error id " + errorId + " when reporting it.",
                request.path());
    }

    private static Response fromDatabase(DatabaseFailure failure, Throwable e, HttpServerRequest request) {
        return switch (failure) {
            case CHANGED_MEANWHILE -> Problems.response(ProblemType.PRECONDITION_FAILED, "The resource was changed by"
                    + " another request at the same time. Read it again and reapply your change.", request.path());
            case UNREACHABLE -> unavailable(e, request);
            // Nothing was written: the request never had a connection. Sent again a moment later, it is served.
            case BUSY -> busy(e, request);
            case DUPLICATE -> Problems.response(ProblemType.CONFLICT,
                    "A record with the same identifying value already exists.", request.path());
            // Nothing was written.
            case UNSTORABLE_VALUE -> Problems.response(ProblemType.VALIDATION, "A value in the request cannot be stored"
                    + " as given (a character or number outside what the record can hold).", request.path());
            case BROKEN_REFERENCE -> Problems.response(ProblemType.CONFLICT, "The change would leave a reference to a"
                    + " record that does not exist, or remove one that others refer to.", request.path());
            case COLLISION -> Problems.retryLater(ProblemType.CONFLICT,
                    "The request collided with another one; send it again.", request.path(), 1);
        };
    }

    private static Response unavailable(Throwable e, HttpServerRequest request) {
        Log.warnf("Database unavailable while serving %s %s: %s", request.method(), request.path(), e.toString());
        return Problems.retryLater(ProblemType.SERVICE_UNAVAILABLE,
                "The database is not reachable just now; try again shortly.", request.path(), 5);
    }

    private static Response busy(Throwable e, HttpServerRequest request) {
        Log.warnf("No database connection came free while serving %s %s: %s", request.method(), request.path(),
                e.toString());
        return Problems.retryLater(ProblemType.SERVICE_UNAVAILABLE,
                "The service is busy with other requests just now; try again shortly.", request.path(), 1);
    }

    private static void copyHeader(WebApplicationException e, Response.ResponseBuilder builder, String name) {
        String value = e.getResponse().getHeaderString(name);
        if (value != null) {
            builder.header(name, value);
        }
    }

    private static String contentType(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type == null ? "a body without Content-Type" : type.replaceAll("[^\\w./+;= -]", "?");
    }
}
