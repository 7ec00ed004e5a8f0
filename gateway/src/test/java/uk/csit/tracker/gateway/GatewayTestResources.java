package uk.csit.tracker.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import uk.csit.tracker.kit.testing.JwtResource;

/** Every gateway test runs with test tokens trusted and the services stubbed. */
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(StubbedServices.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
