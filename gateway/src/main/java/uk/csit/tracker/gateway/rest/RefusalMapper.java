package uk.csit.tracker.gateway.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.csit.tracker.gateway.client.ServiceRefused;

/**
 * A request a service refused (a 4xx other than 404) while the gateway read for the caller goes back to the caller
 * as the service said it: its status and its problem document. It is the caller's request that is wrong, not the
 * service that is down.
 */
public class RefusalMapper {

    @ServerExceptionMapper
    public Response refused(ServiceRefused refused) {
        Response.ResponseBuilder answer = Response.status(refused.status());
        if (refused.body().length > 0) {
            answer.entity(refused.body()).type(refused.contentType());
        }
        return answer.build();
    }
}
