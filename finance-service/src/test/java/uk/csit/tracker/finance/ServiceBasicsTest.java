package uk.csit.tracker.finance;

import io.quarkus.test.junit.QuarkusTest;
import uk.csit.tracker.kit.testing.ServiceBasics;

@QuarkusTest
class ServiceBasicsTest extends ServiceBasics {

    @Override
    protected String jsonResource() {
        return "/api/v1/allocations";
    }

    @Override
    protected boolean hasDatabase() {
        return true;
    }
}
