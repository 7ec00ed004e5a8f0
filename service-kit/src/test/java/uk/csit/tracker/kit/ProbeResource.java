package uk.csit.tracker.kit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.paging.SortOrder;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;

/** A resource that exists only in the kit's tests, to drive every problem path. */
@Path("/api/v1/probes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public enum Colour { RED, AMBER, GREEN }

    public record Milestone(@NotBlank String title, @NotNull LocalDate dueDate) {
    }

    public record Probe(
            @NotBlank @Size(max = 20) String ref,
            @NotNull LocalDate startDate,
            LocalDate dueDate,
            Colour colour,
            @Digits(integer = 12, fraction = 2) BigDecimal amountGbp,
            int count,
            List<@Valid Milestone> milestones) {

        @AssertTrue(message = "must not be before startDate")
        boolean isDueDate() {
            return dueDate == null || startDate == null || !dueDate.isBefore(startDate);
        }
    }

    @POST
    @RolesAllowed(Capability.WRITE_PLAN)
    public Response create(@Valid @NotNull Probe probe, @Context UriInfo uriInfo) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(probe.ref()).build()).entity(probe).build();
    }

    @PUT
    @RolesAllowed(Capability.WRITE_PLAN)
    @Path("/versioned")
    public Response update(@HeaderParam("If-Match") String ifMatch) {
        Preconditions.requireIfMatch(ifMatch, 3);
        return Response.ok(Map.of("version", 4)).tag(Preconditions.etag(4)).build();
    }

    @GET
    @RolesAllowed(Capability.READ)
    public Response list(@BeanParam PageParams paging, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        PageRequest request = paging.toRequest();
        SortOrder order = SortOrder.parse(sort, Map.of("ref", "p.ref", "dueDate", "p.dueDate"), "ref");
        List<String> all = IntStream.range(0, 7).mapToObj(i -> "P-" + i).toList();
        List<String> items = all.stream().skip(request.offset()).limit(request.size()).toList();
        return PageResponses.ok(Page.of(items, request, all.size()), uriInfo);
    }

    @GET
    @RolesAllowed(Capability.READ)
    @Path("/conflict")
    public Response conflict() {
        throw ProblemException.conflict("A probe with ref 'P-1' already exists.");
    }

    @GET
    @Path("/unruled")
    public String unruled() {
        return "an endpoint without a declared rule";
    }

    @GET
    @PermitAll
    @Path("/public")
    public String open() {
        return "open";
    }

    @GET
    @RolesAllowed(Capability.READ_HISTORY)
    @Path("/history")
    public String history() {
        return "history";
    }

    @GET
    @RolesAllowed(Capability.READ)
    @Path("/boom")
    public Response boom() {
        throw new IllegalStateException("secret internals at uk.csit.Something");
    }
}
