package uk.csit.tracker.bench.peers.quarkus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    @GET
    @Path("{ref}")
    public Action get(@PathParam("ref") String ref) {
        return Action.<Action>find("ref", ref).firstResultOptional().orElseThrow(NotFoundException::new);
    }

    @GET
    public ActionPage list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        PanacheQuery<Action> query = Action.findAll(Sort.by("ref")).page(Page.of(page, size));
        return new ActionPage(query.list(), page, size, query.count());
    }
}
