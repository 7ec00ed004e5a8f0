package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.service.StatusCache;
import uk.csit.tracker.kit.time.Ticker;

/** Many callers within the cache's time share one read of each service; after it, the next caller reads again. */
@QuarkusTest
@TestProfile(CachingAndFollowing.class)
class StatusCacheTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    StatusCache cache;

    /** How far the test has moved time on. */
    private final AtomicLong movedOn = new AtomicLong();

    /**
     * The cache's time stands still unless the test moves it on: how long the test's own requests take on a busy
     * machine (a second and more for the first ones) is then never mistaken for the time that passes in the test.
     */
    @BeforeEach
    @AfterEach
    void reset() {
        StubbedServices.resetAll();
        StubbedServices.quietFeeds();
        breakers.resetAll();
        cache.forget();
        movedOn.set(0);
        long start = System.nanoTime();
        QuarkusMock.installMockForType((Ticker) () -> start + movedOn.get(), Ticker.class);
    }

    /** From now on the cache's time also runs as the JVM's does: for what the duration of an assembly changes. */
    private void timeRuns() {
        QuarkusMock.installMockForType((Ticker) () -> System.nanoTime() + movedOn.get(), Ticker.class);
    }

    /** The cache's time to live and a little more go by, without waiting for them. */
    private void ttlGoesBy() {
        movedOn.addAndGet(Duration.parse("PT" + CachingAndFollowing.TTL).plusMillis(100).toNanos());
    }

    void services(String totalActions) {
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/inspection-summary"))
                .willReturn(okJson(StatusAndFaultsTest.INSPECTION)));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(okJson(
                StatusAndFaultsTest.PLAN.replace("\"totalActions\":15", "\"totalActions\":" + totalActions))));
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary"))
                .willReturn(okJson(StatusAndFaultsTest.FINANCE)));
    }

    @Test
    void callersWithinTheTtlShareOneReadAndTheNextAfterItSeesTheChange() throws Exception {
        services("15");
        // The gateway's first assembly sets up its clients (slow on a cold JVM): warm, then count afresh. On a busy
        // machine that first read can pass the deadline and end after it; the reads counted are the callers' own
        // (the services are read with the request id of the caller whose call assembled the status).
        given().header("X-Request-Id", "status-cache-warm-up").when().get("/api/v1/status").then().statusCode(200);
        cache.forget();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String requestId = "status-cache-counted-" + i;
            answers.add(pool.submit(() -> given().header("X-Request-Id", requestId).when().get("/api/v1/status")
                    .then().statusCode(200).extract().jsonPath().getInt("plan.totalActions")));
        }
        for (Future<Integer> answer : answers) {
            assertEquals(15, answer.get());
        }
        pool.shutdown();
        // One assembly: the plan is read on behalf of one caller (a read that failed at once is tried again with the
        // same request id, which is still one read of the summary).
        List<String> readFor = StubbedServices.plan.findAll(getRequestedFor(urlEqualTo("/api/v1/plan-summary"))
                .withHeader("X-Request-Id", matching("status-cache-counted-.*"))).stream()
                .map(request -> request.getHeader("X-Request-Id")).toList();
        assertEquals(1, readFor.stream().distinct().count(), "one read for 40 callers: " + readFor);
        String etag = given().when().get("/api/v1/status").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/status").then().statusCode(304);

        services("16");
        ttlGoesBy();
        // The first caller after the ttl is given the status held, and the services are read in the background.
        given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(15));
        cache.assembly().ifPresent(CompletableFuture::join);
        given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(16));
        given().header("If-None-Match", etag).when().get("/api/v1/status").then().statusCode(200);
        given().queryParam("asOf", "2025-03-26").when().get("/api/v1/status").then().statusCode(200);
    }

    @Test
    void afterTheTtlNoCallerWaitsWhileTheServicesAreReadInTheBackground() throws Exception {
        services("15");
        // The gateway's first assembly sets up its clients (over a second on a cold JVM, which would put the status
        // past the ttl plus the deadline below): warm, then start afresh.
        given().when().get("/api/v1/status").then().statusCode(200);
        cache.forget();
        StubbedServices.plan.resetRequests();
        given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(15));
        ttlGoesBy();
        // The next read of the plan is held until the test has seen what callers are given meanwhile.
        HeldAnswers.hold();
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(okJson(
                StatusAndFaultsTest.PLAN.replace("\"totalActions\":15", "\"totalActions\":16"))
                .withTransformers(HeldAnswers.NAME)));
        try {
            given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(15));
            assertTrue(cache.assembly().isPresent(), "the first caller after the ttl starts an assembly");
            given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(15));
        } finally {
            HeldAnswers.letGo();
        }
        cache.assembly().ifPresent(CompletableFuture::join);
        given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(16));
        assertEquals(2L, planReads());
    }

    @Test
    void aSlowAssemblyIsKeptForTheTtlAfterItWasReadyNotAssembledAgainAtOnce() {
        timeRuns();
        services("15");
        given().when().get("/api/v1/status").then().statusCode(200);
        cache.forget();
        // An assembly that takes 450 ms, as the first one on a cold system takes over a second.
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(okJson(
                StatusAndFaultsTest.PLAN).withFixedDelay(450)));
        StubbedServices.plan.resetRequests();
        given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(15));
        // The ttl has passed since the assembly began, not since it was ready: the status held is given and the
        // services are left alone.
        movedOn.addAndGet(Duration.parse("PT" + CachingAndFollowing.TTL).minusMillis(300).toNanos());
        given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(15));
        assertTrue(cache.assembly().isEmpty(), "no assembly started");
        assertEquals(1L, planReads());
        ttlGoesBy();
        given().when().get("/api/v1/status").then().statusCode(200);
        cache.assembly().ifPresent(CompletableFuture::join);
        assertEquals(2L, planReads());
    }

    @Test
    void aCallerWaitsForTheServicesOnlyWhenTheStatusHeldIsTooOld() {
        services("15");
        given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(15));
        services("16");
        // Past the ttl and the aggregate deadline: the status held is not given any more.
        movedOn.addAndGet(Duration.parse("PT" + CachingAndFollowing.TTL)
                .plus(Duration.parse("PT" + CachingAndFollowing.DEADLINE)).plusMillis(100).toNanos());
        given().when().get("/api/v1/status").then().statusCode(200).body("plan.totalActions", equalTo(16));
        assertEquals(2L, planReads());
    }

    /**
     * How many times the plan's summary was read: requests for it with different request ids (each assembly reads
     * with the id of the caller it is for, and a read that the gateway sends again after a timeout on a busy machine
     * keeps its id, so it is still one read).
     */
    private static long planReads() {
        return StubbedServices.plan.findAll(getRequestedFor(urlEqualTo("/api/v1/plan-summary"))).stream()
                .map(request -> request.getHeader("X-Request-Id")).distinct().count();
    }
}
