package uk.csit.tracker.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import uk.csit.tracker.kit.testing.JwtResource;
import uk.csit.tracker.kit.testing.PostgresResource;

/** Every test of this module runs against one real PostgreSQL, with a database named as in production. */
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
public final class FinanceDatabase {

    private FinanceDatabase() {
    }
}
