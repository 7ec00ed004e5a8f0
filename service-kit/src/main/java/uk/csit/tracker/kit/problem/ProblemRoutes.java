package uk.csit.tracker.kit.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.List;

/**
 * Answers, as problem+json, what never reaches a REST resource: an unknown path outside the REST
 * application, a method no route takes, a body larger than the configured limit.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final int[] HANDLED = {400, 404, 405, 413, 414, 415, 431, 500, 501, 503};

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        for (int status : HANDLED) {
            router.errorHandler(status, ctx -> write(ctx, status));
        }
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        // A body declared larger than the limit is refused before it is read, as a problem like any other 413
        // (Vert.x would otherwise answer with an empty body); the connection is closed so the rest is never read.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredLength(length) > limit) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                write(ctx, 413);
                return;
            }
            ctx.next();
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private void write(RoutingContext ctx, int status) {
        if (ctx.response().headWritten()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        String path = ctx.request().path();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + path + ".";
            case 405 -> "The method " + ctx.request().method() + " is not allowed on " + path + ".";
            case 413 -> "The request body is larger than this service accepts.";
            case 414 -> "The request URI is too long.";
            case 431 -> "The request headers are too large.";
            default -> type.title() + ".";
        };
        if (status >= 500 && ctx.failure() != null) {
            Log.errorf(ctx.failure(), "Unhandled failure serving %s %s", ctx.request().method(), path);
            detail = "Something went wrong on our side.";
        }
        try {
            byte[] body = mapper.writeValueAsBytes(Problems.of(type, detail, path, List.of()));
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (Exception e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
