package uk.csit.tracker.gateway.client;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * What a service's answer other than 2xx means to the gateway's typed clients: 404 is "not there", any other 4xx is
 * the caller's request refused (passed back as it is), and 5xx is the service failing. Only the last counts against
 * the service's circuit breaker (ServiceCircuits).
 */
public class ServiceAnswers implements ResponseExceptionMapper<RuntimeException> {

    /** The most of a refusal's body that is passed back: a problem document is a few hundred bytes. */
    static final int MAX_REFUSAL_BYTES = 64 * 1024;

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 404) {
            return new RecordNotFound();
        }
        if (status >= 400 && status < 500) {
            MediaType type = response.getMediaType();
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            if (body.length > MAX_REFUSAL_BYTES) {
                body = new byte[0];
            }
            return new ServiceRefused(status, type == null ? null : type.toString(), body);
        }
        return new ServiceFailed(status);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
