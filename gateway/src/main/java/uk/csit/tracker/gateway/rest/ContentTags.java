package uk.csit.tracker.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * ETags of the gateway's aggregates: a strong validator of the content, so the same data gives the
 * same tag whatever the times it was read and assembled ({@code asAt}, {@code readAt} are left out).
 * A matching {@code If-None-Match} gets 304 with no body.
 */
@ApplicationScoped
public class ContentTags {

    private static final List<String> TIMES = List.of("asAt", "readAt");

    @Inject
    ObjectMapper mapper;

    public String tag(Object view) {
        JsonNode tree = mapper.valueToTree(view);
        strip(tree);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(tree));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer ready to send again and again: its JSON and its ETag. */
    public record Prepared(byte[] json, String etag) {
    }

    public Prepared prepare(Object view) {
        try {
            return new Prepared(mapper.writeValueAsBytes(view), tag(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 200 with the prepared answer and its ETag, or 304 when the caller already has this content. */
    public Response conditional(Prepared prepared, String ifNoneMatch) {
        if (matches(ifNoneMatch, prepared.etag())) {
            return Response.notModified().header("ETag", prepared.etag()).header("Cache-Control", "no-cache").build();
        }
        return Response.ok(prepared.json(), MediaType.APPLICATION_JSON_TYPE).header("ETag", prepared.etag())
                .header("Cache-Control", "no-cache").build();
    }

    /** 200 with the view and its ETag, or 304 when the caller already has this content. */
    public Response conditional(Object view, String ifNoneMatch, Response.ResponseBuilder extra) {
        String etag = tag(view);
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).header("Cache-Control", "no-cache").build();
        }
        Response.ResponseBuilder ok = extra == null ? Response.ok() : extra;
        return ok.entity(view).header("ETag", etag).header("Cache-Control", "no-cache").build();
    }

    /** RFC 9110 13.1.2: a list of tags or "*", compared weakly. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(TIMES);
            object.forEach(ContentTags::strip);
        } else if (node != null && node.isArray()) {
            node.forEach(ContentTags::strip);
        }
    }
}
