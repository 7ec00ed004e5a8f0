package uk.csit.tracker.system;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.csit.tracker.kit.testing.ContractConformance;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.TokenCommand;

/**
 * The tests of the story the Havering seed tells, on the run's seeded system before any test changes it
 * ({@link SeededSystem.AsSeeded}, {@link SeedStoryFirst}): read as the DfE's adviser, through the packaged gateway or
 * straight from one of the packaged services, each answer held to the contract of whatever answered it. They only
 * read, so they take no turns: any free thread runs one at once, while a class that changes the system waits for them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SeededSystem.AsSeeded.class)
abstract class OnTheSeedAsItWas extends OneSystemPerClass {

    private static final Map<ServiceModule, ContractConformance> CONTRACTS = new ConcurrentHashMap<>();

    private String adviser;

    @BeforeAll
    void onTheSystemAsSeeded(SeededSystem seeded) {
        runOn(seeded);
        adviser = "Bearer " + TokenCommand.sign(system.signingKeys(), "adviser@dfe.test", List.of("ADVISOR"),
                Duration.ofMinutes(30));
    }

    /** A request to the packaged gateway, unauthenticated until the test says otherwise. */
    RequestSpecification atGateway() {
        return at(ServiceModule.GATEWAY);
    }

    /** A request straight to one of the packaged services, as the adviser. */
    RequestSpecification atService(ServiceModule service) {
        return at(service).header("Authorization", adviser);
    }

    /** The adviser's bearer token, as an Authorization header's value. */
    String adviser() {
        return adviser;
    }

    private RequestSpecification at(ServiceModule service) {
        URI base = URI.create(system.baseUrl(service));
        RequestSpecification request = RestAssured.given().baseUri(base.getScheme() + "://" + base.getHost())
                .port(base.getPort());
        // No check while the contracts are being rewritten (-Dopenapi.update=true), as in the modules' own tests.
        ContractConformance contract = CONTRACTS.computeIfAbsent(service,
                s -> ContractConformance.forModule(PackagedSystem.ROOT.resolve(s.directory())));
        return contract == null ? request : request.filter(contract);
    }
}
