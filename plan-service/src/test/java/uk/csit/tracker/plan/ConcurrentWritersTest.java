package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.JwtResource;

/** Many clients writing the same action at once: no update is lost, none is applied twice. */
@QuarkusTest
class ConcurrentWritersTest {

    private static final int WRITERS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String body(String ref, String priority, String title) {
        return PlanBodies.action(ref, priority, title).put("status", "IN_PROGRESS").put("percentComplete", 10).toString();
    }

    private static String priority() {
        String priority = "P-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(PlanBodies.priority(priority, "Contended").toString())
                .when().post("/api/v1/priorities").then().statusCode(201);
        return priority;
    }

    @Test
    void fiftyWritersWithIfMatchEachWinExactlyOneVersion() throws Exception {
        String priority = priority();
        String ref = priority + "-A1";
        given().contentType(ContentType.JSON).body(body(ref, priority, "start")).when().post("/api/v1/actions")
                .then().statusCode(201);

        // The writers' GETs and PUTs go by the JDK's client: about 1,300 rounds, where REST Assured's own work (and
        // the contract check on every answer, which the other tests make) cost more than the service's.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/actions/" + ref;
        String token = JwtResource.defaultBearer();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        Set<Long> wonVersions = ConcurrentHashMap.newKeySet();
        AtomicInteger preconditionFailed = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String title = "writer " + i;
            done.add(pool.submit(() -> {
                start.await();
                for (int attempt = 0; attempt < 500; attempt++) {
                    HttpResponse<Void> read = client.send(HttpRequest.newBuilder(URI.create(base))
                            .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.discarding());
                    assertEquals(200, read.statusCode());
                    HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(base))
                            .header("Authorization", token).header("Content-Type", "application/json")
                            .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                            .PUT(HttpRequest.BodyPublishers.ofString(body(ref, priority, title))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (put.statusCode() == 200) {
                        assertTrue(wonVersions.add(JSON.readTree(put.body()).path("version").asLong()), "a version won twice");
                        return null;
                    }
                    if (put.statusCode() == 412) {
                        preconditionFailed.incrementAndGet();
                        assertEquals("application/problem+json",
                                put.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
                    } else {
                        other.incrementAndGet();
                    }
                }
                throw new AssertionError(title + " never won a version");
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertEquals(0, other.get(), "every losing write is a 412");
        assertEquals(WRITERS, wonVersions.size(), "each writer won exactly one version");
        Set<Long> expected = new HashSet<>();
        for (long v = 1; v <= WRITERS; v++) {
            expected.add(v);
        }
        assertEquals(expected, wonVersions, "versions 1..50, each won by one writer");
        assertTrue(preconditionFailed.get() > 0, "writers did contend: " + preconditionFailed.get() + " were told 412");

        long finalVersion = given().when().get("/api/v1/actions/" + ref).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        assertEquals(WRITERS, finalVersion, "the final state carries every win and nothing else");
        List<String> titles = given().queryParam("size", 200).when().get("/api/v1/actions/" + ref + "/history")
                .then().statusCode(200).extract().jsonPath().getList("items.after.title", String.class);
        assertEquals(WRITERS + 1, titles.size(), "one history entry for the create and each win");
        Set<String> distinct = new HashSet<>(titles.subList(1, titles.size()));
        assertEquals(WRITERS, distinct.size(), "every writer's update is in the history once: none lost");
    }

    @Test
    void twentyClientsSendingOneIdempotencyKeyCreateOneAction() throws Exception {
        String priority = priority();
        String ref = priority + "-IDEM";
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                // As a client of the contract does: a 503 says when to send the same request again, and the key makes
                // that safe. Twenty at once can find every connection of the service's pool taken.
                Response answer = null;
                for (int attempt = 0; attempt < 5 && (answer == null || answer.statusCode() == 503); attempt++) {
                    if (answer != null) {
                        TimeUnit.SECONDS.sleep(Long.parseLong(answer.header("Retry-After")));
                    }
                    answer = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                            .body(body(ref, priority, "once")).when().post("/api/v1/actions");
                }
                return answer;
            }));
        }
        start.countDown();
        for (Future<Response> answer : answers) {
            Response response = answer.get(2, TimeUnit.MINUTES);
            assertEquals(201, response.statusCode(), response.asString());
            assertEquals(ref, response.jsonPath().getString("ref"));
        }
        pool.shutdown();
        given().queryParam("priority", priority).when().get("/api/v1/actions").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(1));
        given().when().get("/api/v1/actions/" + ref + "/history").then().body("totalItems", org.hamcrest.Matchers.equalTo(1));
    }
}
