package uk.csit.tracker.kit.data;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import uk.csit.tracker.kit.testing.JwtResource;
import uk.csit.tracker.kit.testing.PostgresResource;

@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
public final class KitDatabase {

    private KitDatabase() {
    }
}
