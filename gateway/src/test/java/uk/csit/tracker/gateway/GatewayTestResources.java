package uk.csit.tracker.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import uk.csit.tracker.kit.testing.JwtResource;
import uk.csit.tracker.kit.testing.PostgresResource;

/**
 * Every gateway test runs with test tokens trusted, the services stubbed, a real OpenID Connect provider for the
 * board's sign-in and its own database.
 */
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(StubbedServices.class)
@QuarkusTestResource(SignInProvider.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
