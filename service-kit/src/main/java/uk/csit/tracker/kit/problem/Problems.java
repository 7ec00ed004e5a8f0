package uk.csit.tracker.kit.problem;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Builds problem responses; the one place that decides their shape and media type. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, String path, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance(path), errors);
    }

    public static Response response(ProblemType type, String detail, String path) {
        return response(type, detail, path, List.of());
    }

    public static Response response(ProblemType type, String detail, String path, List<FieldError> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(of(type, detail, path, errors))
                .build();
    }

    static URI instance(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
