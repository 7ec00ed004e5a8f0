package uk.csit.tracker.kit.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ContractConformance} in front of every REST Assured call of every {@code @QuarkusTest}
 * (found by the service loader), so no test can talk to a service outside its contract unnoticed.
 */
public class ContractConformanceCallback implements QuarkusTestBeforeEachCallback {

    private static final ContractConformance CHECK = ContractConformance.forCurrentModule();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (CHECK != null && RestAssured.filters().stream().noneMatch(f -> f instanceof ContractConformance)) {
            RestAssured.filters(CHECK);
        }
    }
}
