package uk.csit.tracker.kit.data;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;

/** A resource of data-kit's tests only: a note written the way every service writes its records. */
@Path("/api/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

    public record NoteBody(@NotBlank String ref, @NotBlank String text) {
    }

    public record Note(String ref, String text, long version) {
    }

    @Inject
    EntityManager em;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeRecorder changes;

    @Inject
    ChangeHistory history;

    @POST
    @RolesAllowed(Capability.WRITE_PLAN)
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid NoteBody body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/notes", body, () -> {
            Note note = insert(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(note.ref()).build())
                    .tag(Preconditions.etag(note.version())).entity(note).build();
        });
    }

    @PUT
    @RolesAllowed(Capability.WRITE_PLAN)
    @Path("{ref}")
    @Transactional
    public Response update(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, @Valid NoteBody body) {
        List<?> rows = em.createNativeQuery("select text, version from test_note where ref = ?1 for update")
                .setParameter(1, ref).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("note", ref);
        }
        Object[] row = (Object[]) rows.get(0);
        long version = ((Number) row[1]).longValue();
        Preconditions.requireIfMatch(ifMatch, version);
        Note before = new Note(ref, (String) row[0], version);
        Note after = new Note(ref, body.text(), version + 1);
        em.createNativeQuery("update test_note set text = ?1, version = ?2 where ref = ?3")
                .setParameter(1, after.text()).setParameter(2, after.version()).setParameter(3, ref).executeUpdate();
        changes.updated("notes", ref, before, after);
        return Response.ok(after).tag(Preconditions.etag(after.version())).build();
    }

    @GET
    @RolesAllowed(Capability.READ_HISTORY)
    @Path("{ref}/history")
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of("notes", ref, paging.toRequest()), uriInfo);
    }

    @GET
    @RolesAllowed(Capability.READ)
    @Path("count")
    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from test_note").getSingleResult()).longValue();
    }

    @Transactional
    Note insert(NoteBody body) {
        Long taken = ((Number) em.createNativeQuery("select count(*) from test_note where ref = ?1")
                .setParameter(1, body.ref()).getSingleResult()).longValue();
        if (taken > 0) {
            throw ProblemException.conflict("A note with ref '" + body.ref() + "' already exists.");
        }
        em.createNativeQuery("insert into test_note (ref, text) values (?1, ?2)")
                .setParameter(1, body.ref()).setParameter(2, body.text()).executeUpdate();
        Note note = new Note(body.ref(), body.text(), 0);
        changes.created("notes", note.ref(), note);
        return note;
    }
}
