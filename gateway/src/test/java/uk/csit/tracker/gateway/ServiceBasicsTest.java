package uk.csit.tracker.gateway;

import io.quarkus.test.junit.QuarkusTest;
import uk.csit.tracker.kit.testing.ServiceBasics;

@QuarkusTest
class ServiceBasicsTest extends ServiceBasics {

    @Override
    protected String jsonResource() {
        return null;
    }

    @Override
    protected boolean hasDatabase() {
        return false;
    }
}
