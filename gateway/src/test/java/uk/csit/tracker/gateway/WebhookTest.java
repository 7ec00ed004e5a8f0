package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.service.WebhookSigner;
import uk.csit.tracker.gateway.store.WebhookStore;
import uk.csit.tracker.kit.testing.TestTokens;

/**
 * Webhooks end to end against stubbed services: a change in a service's feed reaches a receiver
 * as a signed CloudEvent, a receiver that fails gets it again until it answers, and every attempt
 * is in the delivery log. Waits are short by configuration, not by sleeping for a fixed time.
 */
@QuarkusTest
@TestProfile(CachingAndFollowing.class)
class WebhookTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    WebhookStore store;

    @Inject
    javax.sql.DataSource database;

    @BeforeEach
    void quietFeeds() {
        StubbedServices.resetAll();
        StubbedServices.quietFeeds();
        breakers.resetAll();
    }

    @AfterEach
    void reset() {
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    static JsonPath register(String url, String... types) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(types), "description", "test receiver"))
                .when().post("/api/v1/webhooks").then().statusCode(201)
                .body("secret", startsWith(WebhookSigner.PREFIX))
                .extract().jsonPath();
    }

    /** One change appears in plan-service's feed after the cursor the gateway has. */
    static void planChange(String after, String cursor, String ref) {
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/changes")).withQueryParam("after", equalTo(after))
                .atPriority(1).willReturn(okJson("""
                        {"items":[{"cursor":"%s","occurredAt":"%s","entityType":"actions","entityRef":"%s",
                          "operation":"UPDATE","actor":"officer@havering.gov.uk","requestId":"r-1",
                          "before":{"ref":"%s","status":"NOT_STARTED"},"after":{"ref":"%s","status":"IN_PROGRESS"}}],
                         "nextCursor":"%s","hasMore":false}""".formatted(cursor, Instant.now(), ref, ref, ref, cursor))));
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Not within 20 s: " + what);
    }

    @Test
    void aChangeReachesTheReceiverSignedAndAFailingReceiverGetsItAgainUntilItAnswers() throws Exception {
        try (WebhookReceiver failing = new WebhookReceiver().answering(204, 500, 503);
             WebhookReceiver uninterested = new WebhookReceiver()) {
            JsonPath hook = register(failing.url(), "uk.csit.tracker.actions.*");
            String secret = hook.getString("secret");
            String id = hook.getString("id");
            register(uninterested.url(), "uk.csit.tracker.allocations.*", "uk.csit.tracker.findings.created");
            planChange("0", "41", "A-2.2");

            await("three attempts, the third answered 204", () -> failing.received().size() >= 3);
            List<WebhookReceiver.Received> attempts = failing.received();
            assertEquals(3, attempts.size(), "delivered on the third attempt, not sent again after");
            for (WebhookReceiver.Received attempt : attempts) {
                assertEquals("plan-41", attempt.header("webhook-id"), "the same event id on every attempt");
                assertEquals("application/cloudevents+json", attempt.header("Content-Type"));
                long timestamp = Long.parseLong(attempt.header("webhook-timestamp"));
                assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60, "a current timestamp");
                assertEquals(WebhookSigner.signature(secret, "plan-41", timestamp, attempt.body()),
                        attempt.header("webhook-signature"), "signed per Standard Webhooks with the webhook's secret");
                assertTrue(!WebhookSigner.signature(secret, "plan-41", timestamp + 1, attempt.body())
                        .equals(attempt.header("webhook-signature")), "the signature covers the timestamp");
            }
            JsonPath event = JsonPath.from(new String(attempts.get(2).body(), StandardCharsets.UTF_8));
            assertEquals("1.0", event.getString("specversion"));
            assertEquals("plan-41", event.getString("id"));
            assertEquals("/tracker/plan", event.getString("source"));
            assertEquals("uk.csit.tracker.actions.updated", event.getString("type"));
            assertEquals("A-2.2", event.getString("subject"));
            assertEquals("application/json", event.getString("datacontenttype"));
            assertEquals("IN_PROGRESS", event.getString("data.after.status"));
            assertEquals("NOT_STARTED", event.getString("data.before.status"));
            assertEquals("officer@havering.gov.uk", event.getString("data.actor"));

            given().when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                    .body("items[0].eventId", org.hamcrest.Matchers.equalTo("plan-41"))
                    .body("items[0].eventType", org.hamcrest.Matchers.equalTo("uk.csit.tracker.actions.updated"))
                    .body("items[0].state", org.hamcrest.Matchers.equalTo("DELIVERED"))
                    .body("items[0].attempts", org.hamcrest.Matchers.equalTo(3))
                    .body("items[0].lastStatus", org.hamcrest.Matchers.equalTo(204));
            assertEquals(0, uninterested.received().size(), "a receiver gets only the types it asked for");
        }
    }

    /**
     * A burst of changes reaches a receiver a few at a time: side by side, so that a receiver answering in tens of
     * milliseconds keeps up, and never more than sends-per-receiver (4) at once, however many are owed.
     */
    @Test
    void aBurstReachesAReceiverAFewDeliveriesAtOnceAndNeverMore() throws Exception {
        try (WebhookReceiver slow = new WebhookReceiver().holdingEach(java.time.Duration.ofMillis(500))) {
            String id = register(slow.url(), "*").getString("id");
            java.util.UUID hook = java.util.UUID.fromString(id);
            store.inTransaction(c -> {
                for (int i = 1; i <= 12; i++) {
                    store.owe(c, hook, "burst-" + i + "-" + hook, "uk.csit.tracker.actions.updated", "{}",
                            Instant.now());
                }
                return null;
            });

            await("all twelve received", () -> slow.received().size() >= 12);
            assertEquals(4, slow.mostAtOnce(), "four at once, and no more");
            given().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    /**
     * Server-side request forgery: whoever registers a webhook must not make the gateway POST to what only it can
     * reach. Loopback (but 127.0.0.1, which this test's configuration allows for its receivers), private, link-local
     * (cloud metadata), shared, unspecified and IPv6 internal addresses are refused, however they are written.
     */
    @Test
    void aWebhookToAnInternalAddressIsRefused() {
        Map<String, String> refusals = new java.util.TreeMap<>();
        for (String url : List.of("http://127.0.0.2:8081/api/v1/actions", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/hooks", "http://172.16.5.4/", "http://192.168.1.1/",
                "http://100.100.100.200/latest/meta-data/", "http://0.0.0.0:8080/", "http://[::1]:8081/",
                "http://[fd00:ec2::254]/latest/meta-data/", "http://[fe80::1]/", "http://[::ffff:169.254.169.254]/",
                "http://[64:ff9b::a9fe:a9fe]/", "http://224.0.0.1/", "http://0x7f000002/", "http://2130706434:8081/",
                "http://localhost:8081/", "http://metadata/")) {
            var answer = given().contentType(ContentType.JSON).body(Map.of("url", url, "eventTypes", List.of("*")))
                    .when().post("/api/v1/webhooks").then().extract();
            refusals.put(url, answer.statusCode() + " " + answer.jsonPath().getString("errors[0].field") + " "
                    + answer.jsonPath().getString("errors[0].message"));
        }
        refusals.forEach((url, refusal) -> assertTrue(refusal.startsWith("422 url ")
                && (refusal.contains("internal address") || refusal.contains("name its host in full")), url + ": " + refusal));
        given().when().get("/api/v1/webhooks").then().statusCode(200)
                .body("items.url", not(hasItems("http://169.254.169.254/latest/meta-data/")));
    }

    /**
     * The address is checked when each delivery is sent, not only when the webhook was registered (a name's DNS
     * can change after): a webhook whose receiver is now at an internal address gets nothing, and its log says why.
     */
    @Test
    void aDeliveryIsSentOnlyToAnAddressCheckedAsItIsSent() throws Exception {
        try (WebhookReceiver internal = new WebhookReceiver("127.0.0.2")) {
            java.util.UUID hook = java.util.UUID.randomUUID();
            store.insert(hook, internal.url(), "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                    List.of("*"), "registered before its DNS changed", "test", Instant.now());
            store.inTransaction(c -> {
                store.owe(c, hook, "ssrf-" + hook, "uk.csit.tracker.actions.updated", "{}", Instant.now());
                return null;
            });
            await("the attempt is recorded", () -> store.deliveries(hook, 10).stream()
                    .anyMatch(d -> d.attempts() > 0));
            var delivery = store.deliveries(hook, 10).get(0);
            assertTrue(delivery.lastError().contains("internal address"), delivery.lastError());
            assertEquals(0, internal.received().size(), "nothing reached the internal address");
            given().when().delete("/api/v1/webhooks/" + hook).then().statusCode(204);
        }
    }

    /** A receiver's redirect is an answer like any other: never followed, so it cannot point the gateway inward. */
    @Test
    void aRedirectIsNotFollowed() throws Exception {
        try (WebhookReceiver inside = new WebhookReceiver("127.0.0.2");
             WebhookReceiver redirecting = new WebhookReceiver().redirecting(inside.url())) {
            String id = register(redirecting.url(), "*").getString("id");
            java.util.UUID hook = java.util.UUID.fromString(id);
            store.inTransaction(c -> {
                store.owe(c, hook, "redirect-" + hook, "uk.csit.tracker.actions.updated", "{}", Instant.now());
                return null;
            });
            await("the redirect is recorded as a failed attempt", () -> store.deliveries(hook, 10).stream()
                    .anyMatch(d -> d.attempts() > 0));
            assertEquals(Integer.valueOf(307), store.deliveries(hook, 10).get(0).lastStatus());
            assertTrue(redirecting.received().size() >= 1);
            assertEquals(0, inside.received().size(), "the redirect was not followed");
            given().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    /**
     * A copy of the database does not give away a receiver's secret: it is stored sealed under the gateway's key,
     * bound to its webhook, and deliveries are still signed with it (aChangeReachesTheReceiverSigned... checks the
     * signatures with the secret the registration answered).
     */
    @Test
    void aWebhooksSecretIsStoredSealed() throws Exception {
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString("a receiver's 32 byte key, here!!".getBytes());
        String id = given().contentType(ContentType.JSON).body(Map.of("url", "https://council.example/sealed",
                "eventTypes", List.of("*"), "secret", secret)).when().post("/api/v1/webhooks").then().statusCode(201)
                .extract().path("id");
        try (var c = database.getConnection(); var s = c.prepareStatement(
                "select secret from webhook_subscription where id = ?")) {
            s.setObject(1, java.util.UUID.fromString(id));
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next());
                String stored = rs.getString(1);
                assertTrue(stored.startsWith("sealed:v1:"), stored);
                assertTrue(!stored.contains(secret.substring(6)) && !stored.contains(secret), "not in the clear: " + stored);
            }
        }
        given().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void aBadRegistrationIsA400ProblemAndTheSecretIsNeverShownAgain() {
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://council.example/x",
                "eventTypes", List.of("uk.csit.tracker.acions.*", "everything", "uk.csit.tracker.actions.touched"),
                "secret", "not-a-secret")).when().post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("url", "eventTypes[0]", "eventTypes[1]", "eventTypes[2]", "secret"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://council.example/x"))
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json");

        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        String id = given().contentType(ContentType.JSON).body(Map.of("url", "https://council.example/hooks",
                "eventTypes", List.of("*"), "secret", secret)).when().post("/api/v1/webhooks").then().statusCode(201)
                .body("secret", org.hamcrest.Matchers.equalTo(secret)).extract().path("id");
        given().when().get("/api/v1/webhooks/" + id).then().statusCode(200).body("$", not(hasKey("secret")));
        given().when().get("/api/v1/webhooks").then().statusCode(200).body("items.id", hasItems(id));
        given().header("Authorization", TestTokens.bearer("adviser", "ADVISOR")).when().get("/api/v1/webhooks")
                .then().statusCode(403);
        // openapi-generator's Java client asks an operation with no success body for its problems only.
        given().accept("application/problem+json").when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().when().get("/api/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        given().accept("application/problem+json").when().delete("/api/v1/webhooks/not-an-id").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().delete("/api/v1/webhooks/not-an-id").then().statusCode(404);
    }
}
