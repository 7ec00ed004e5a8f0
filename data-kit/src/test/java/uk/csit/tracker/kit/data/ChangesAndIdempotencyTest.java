package uk.csit.tracker.kit.data;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;

@QuarkusTest
class ChangesAndIdempotencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChangeRecorder recorder;

    private static String ref() {
        return "N-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String body(String ref, String text) {
        return "{\"ref\":\"" + ref + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void everyWriteIsInTheHistoryWithBeforeAfterAndRequestId() {
        String ref = ref();
        given().contentType(ContentType.JSON).body(body(ref, "first")).header("X-Request-Id", "req-create-1")
                .when().post("/api/v1/notes").then().statusCode(201).header("X-Request-Id", "req-create-1");
        given().contentType(ContentType.JSON).body(body(ref, "second")).header("If-Match", "\"0\"")
                .when().put("/api/v1/notes/" + ref).then().statusCode(200);

        given().when().get("/api/v1/notes/" + ref + "/history")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].operation", equalTo("CREATE"))
                .body("items[0].requestId", equalTo("req-create-1"))
                .body("items[0].before", nullValue())
                .body("items[0].after.text", equalTo("first"))
                .body("items[1].operation", equalTo("UPDATE"))
                .body("items[1].before.text", equalTo("first"))
                .body("items[1].after.text", equalTo("second"))
                .body("items[1].after.version", equalTo(1));
    }

    @Test
    void theActorIsTheTokenSubjectNotAnythingTheBodySays() {
        String ref = ref();
        given().contentType(ContentType.JSON).body(body(ref, "by token"))
                .header("Authorization", uk.csit.tracker.kit.testing.TestTokens.bearer("officer@havering.test", "PLAN_EDITOR"))
                .when().post("/api/v1/notes").then().statusCode(201);
        given().when().get("/api/v1/notes/" + ref + "/history")
                .then().body("items[0].actor", equalTo("officer@havering.test"));
    }

    @Test
    void aRejectedWriteLeavesNoHistory() {
        String ref = ref();
        given().contentType(ContentType.JSON).body(body(ref, "first")).when().post("/api/v1/notes").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body(ref, "again")).when().post("/api/v1/notes").then().statusCode(409);
        given().contentType(ContentType.JSON).body(body(ref, "stale")).header("If-Match", "\"7\"")
                .when().put("/api/v1/notes/" + ref).then().statusCode(412);
        given().when().get("/api/v1/notes/" + ref + "/history").then().body("totalItems", equalTo(1));
    }

    /**
     * Many changes recorded at once (an import's new actions) go in as several statements, each far inside
     * PostgreSQL's 65,535 parameters (seven a change: 10,000 in one statement would be 70,000), in the order given.
     */
    @Test
    void tenThousandChangesRecordedTogetherAreAllKeptInTheirOrder() throws SQLException {
        String prefix = ref() + "-";
        List<ChangeRecorder.Change> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(ChangeRecorder.Change.created("notes", prefix + i, java.util.Map.of("text", "note " + i)));
        }
        QuarkusTransaction.requiringNew().run(() -> recorder.recordAll(many));
        List<String> kept = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "select entity_ref from change_event where entity_ref like ? order by id")) {
            s.setString(1, prefix + "%");
            try (java.sql.ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    kept.add(rows.getString(1));
                }
            }
        }
        assertEquals(many.stream().map(ChangeRecorder.Change::ref).toList(), kept);
    }

    @Test
    void historyCannotBeEditedOrDeleted() throws SQLException {
        String ref = ref();
        given().contentType(ContentType.JSON).body(body(ref, "kept")).when().post("/api/v1/notes").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertTrue(catchSql(() -> s.executeUpdate(
                    "update change_event set actor = 'forger' where entity_ref = '" + ref + "'"))
                    .contains("append-only"));
            assertTrue(catchSql(() -> s.executeUpdate("delete from change_event where entity_ref = '" + ref + "'"))
                    .contains("append-only"));
        }
    }

    @Test
    void theFeedGivesEveryChangeOnceInOrderUnderConcurrentWriters() throws Exception {
        String start = given().queryParam("limit", 200).when().get("/api/v1/changes").then().statusCode(200)
                .extract().path("nextCursor");
        String cursor = drain(start, new ArrayList<>());
        int writers = 8;
        int perWriter = 15;
        Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit((Callable<Void>) () -> {
                go.await();
                for (int i = 0; i < perWriter; i++) {
                    String ref = ref();
                    given().contentType(ContentType.JSON).body(body(ref, "concurrent"))
                            .when().post("/api/v1/notes").then().statusCode(201);
                    written.add(ref);
                }
                return null;
            }));
        }
        List<String> seen = new ArrayList<>();
        String from = cursor;
        Future<String> reader = pool.submit(() -> {
            go.await();
            String c = from;
            while (writing.get()) {
                c = drain(c, seen);
                // A pause between reads (still many reads among the writers' 120 commits): a reader that never
                // paused took one of a small machine's cores from the writers it is meant to read among.
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            return drain(c, seen);
        });
        go.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        reader.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        List<String> ours = seen.stream().filter(written::contains).toList();
        assertEquals(writers * perWriter, ours.size(), "each change once: no gap, no duplicate");
        assertEquals(writers * perWriter, new HashSet<>(ours).size());
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
        String cursor = drain(given().when().get("/api/v1/changes").then().extract().path("nextCursor"),
                new ArrayList<>());
        String early = ref();
        String late = ref();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (Statement s = slow.createStatement()) {
                // Takes the lower id, but commits after a later writer.
                s.executeUpdate("insert into change_event (entity_type, entity_ref, operation)"
                        + " values ('notes', '" + early + "', 'CREATE')");
            }
            given().contentType(ContentType.JSON).body(body(late, "commits first"))
                    .when().post("/api/v1/notes").then().statusCode(201);
            List<String> firstRead = new ArrayList<>();
            cursor = drain(cursor, firstRead);
            assertTrue(firstRead.contains(late));
            assertTrue(!firstRead.contains(early));
            slow.commit();
        }
        List<String> secondRead = new ArrayList<>();
        drain(cursor, secondRead);
        assertEquals(List.of(early), secondRead.stream().filter(r -> r.equals(early) || r.equals(late)).toList());
    }

    @Test
    void theFeedRefusesBadCursorsAndLimits() {
        for (String bad : new String[] {"abc", "-1"}) {
            given().queryParam("after", bad).when().get("/api/v1/changes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("after"));
        }
        for (String bad : new String[] {"0", "201", "x"}) {
            given().queryParam("limit", bad).when().get("/api/v1/changes")
                    .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void theSameIdempotencyKeyFromTwentyClientsAtOnceCreatesOneNote() throws Exception {
        String ref = ref();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(ref, "once"))
                        .when().post("/api/v1/notes");
            }));
        }
        go.countDown();
        for (Future<Response> answer : answers) {
            Response r = answer.get(60, TimeUnit.SECONDS);
            assertEquals(201, r.statusCode());
            assertTrue(r.header("Location").endsWith("/api/v1/notes/" + ref));
            assertEquals(ref, r.jsonPath().getString("ref"));
        }
        pool.shutdown();
        given().when().get("/api/v1/notes/" + ref + "/history").then().body("totalItems", equalTo(1));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String ref = ref();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(ref, "one"))
                .when().post("/api/v1/notes").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(ref, "one"))
                .when().post("/api/v1/notes").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("text", equalTo("one"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(ref, "two"))
                .when().post("/api/v1/notes").then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(256)).body(body(ref(), "long"))
                .when().post("/api/v1/notes").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    /**
     * A key is its caller's own: a second user sending the same key (with the same body, or another) makes their own
     * request; they are not handed the first user's answer, nor told by a 422 that the key was used.
     */
    @Test
    void anIdempotencyKeyIsTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        String first = ref();
        String alice = uk.csit.tracker.kit.testing.TestTokens.bearer("alice@havering.test", "PLAN_EDITOR");
        String bob = uk.csit.tracker.kit.testing.TestTokens.bearer("bob@havering.test", "PLAN_EDITOR");
        given().contentType(ContentType.JSON).header("Authorization", alice).header("Idempotency-Key", key)
                .body(body(first, "alice's")).when().post("/api/v1/notes").then().statusCode(201);

        String second = ref();
        given().contentType(ContentType.JSON).header("Authorization", bob).header("Idempotency-Key", key)
                .body(body(second, "bob's")).when().post("/api/v1/notes").then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue()).body("ref", equalTo(second));
        given().when().get("/api/v1/notes/" + second + "/history").then().body("items[0].actor", equalTo("bob@havering.test"));

        // Alice's own retry is still replayed to her.
        given().contentType(ContentType.JSON).header("Authorization", alice).header("Idempotency-Key", key)
                .body(body(first, "alice's")).when().post("/api/v1/notes").then().statusCode(201)
                .header("Idempotent-Replayed", "true");

        // The very request Alice sent, key and body, sent by Bob: his own (the ref is taken), not her answer.
        String key2 = UUID.randomUUID().toString();
        String third = ref();
        given().contentType(ContentType.JSON).header("Authorization", alice).header("Idempotency-Key", key2)
                .body(body(third, "same")).when().post("/api/v1/notes").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Authorization", bob).header("Idempotency-Key", key2)
                .body(body(third, "same")).when().post("/api/v1/notes").then().statusCode(409)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    private static String drain(String cursor, List<String> seen) throws java.io.IOException {
        String c = cursor;
        while (true) {
            Response r = given().queryParam("after", c).queryParam("limit", 50).when().get("/api/v1/changes");
            assertEquals(200, r.statusCode());
            // Read with Jackson: RestAssured's JsonPath compiles Groovy for each path, and a drain reads thousands.
            JsonNode page = JSON.readTree(r.asByteArray());
            page.path("items").forEach(item -> seen.add(item.path("entityRef").asText()));
            c = page.path("nextCursor").asText();
            if (!page.path("hasMore").asBoolean()) {
                return c;
            }
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static String catchSql(SqlAction action) {
        try {
            action.run();
            return "no error";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
