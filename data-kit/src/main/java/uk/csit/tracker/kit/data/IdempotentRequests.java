package uk.csit.tracker.kit.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;
import uk.csit.tracker.kit.request.RequestContext;

/**
 * The {@code Idempotency-Key} contract for POST: the same key and body from the same caller within
 * 24 hours answers with the first response; the same key with another body is a 422. A key is the
 * caller's own (the token's subject): another caller's request with the same key is a request of its
 * own, so nobody is given someone else's answer or told that someone else used a key.
 *
 * <p>The key is claimed by inserting a row in the same transaction as the write it guards. A
 * second request with the same key blocks on PostgreSQL's unique index until the first commits,
 * then finds the stored answer: so twenty clients sending one key at once create one resource. If
 * the write fails, its transaction rolls back and takes the claim with it.
 *
 * <p>Each service's schema has the {@code idempotency_record} table (see its V1 migration).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    private final ObjectMapper canonical;

    @Inject
    EntityManager em;

    @Inject
    RequestContext request;

    @Inject
    public IdempotentRequests(ObjectMapper mapper) {
        this.canonical = mapper.copy()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
    }

    /**
     * Runs {@code create} once per key.
     *
     * @param key    the Idempotency-Key header; null runs {@code create} without a record
     * @param scope  what the key is for, e.g. {@code POST /api/v1/actions}; keys are per scope
     * @param body   the request body, compared by its canonical JSON
     * @param create makes the resource and answers (201 with Location, usually)
     */
    @Transactional
    public Response execute(String key, String scope, Object body, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(scope, body);
        String caller = request.actor() == null ? "" : request.actor();
        em.createNativeQuery("delete from idempotency_record where caller = ?1 and scope = ?2 and idempotency_key = ?3"
                        + " and created_at < now() - interval '24 hours'")
                .setParameter(1, caller).setParameter(2, scope).setParameter(3, key).executeUpdate();
        int claimed = em.createNativeQuery("insert into idempotency_record (caller, scope, idempotency_key,"
                        + " request_hash) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, caller).setParameter(2, scope).setParameter(3, key).setParameter(4, hash)
                .executeUpdate();
        if (claimed == 1) {
            Response response = create.get();
            remember(caller, scope, key, response);
            return response;
        }
        return replay(caller, scope, key, hash);
    }

    private void remember(String caller, String scope, String key, Response response) {
        String bodyJson;
        try {
            bodyJson = response.hasEntity() ? canonical.writeValueAsString(response.getEntity()) : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body could not be stored for replay", e);
        }
        em.createNativeQuery("update idempotency_record set response_status = ?1, response_location = ?2,"
                        + " response_etag = ?3, response_body = ?4 where caller = ?5 and scope = ?6 and idempotency_key = ?7")
                .setParameter(1, response.getStatus())
                .setParameter(2, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(3, response.getHeaderString(HttpHeaders.ETAG))
                .setParameter(4, bodyJson)
                .setParameter(5, caller)
                .setParameter(6, scope)
                .setParameter(7, key)
                .executeUpdate();
    }

    private Response replay(String caller, String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, response_status, response_location,"
                        + " response_etag, response_body from idempotency_record"
                        + " where caller = ?1 and scope = ?2 and idempotency_key = ?3")
                .setParameter(1, caller).setParameter(2, scope).setParameter(3, key).getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A request with this Idempotency-Key is still being processed; try again shortly.");
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was used within the last 24 hours with a different request body."
                            + " Use a new key for a new request.");
        }
        Response.ResponseBuilder builder = Response.status(((Number) row[1]).intValue())
                .header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            builder.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            builder.header(HttpHeaders.ETAG, row[3]);
        }
        if (row[4] != null) {
            builder.entity(row[4]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return builder.build();
    }

    private String hash(String scope, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(scope.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(canonical.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Request could not be hashed", e);
        }
    }
}
