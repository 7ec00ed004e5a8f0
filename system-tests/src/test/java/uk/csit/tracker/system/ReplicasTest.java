package uk.csit.tracker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.csit.tracker.launcher.FreePorts;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.LocalSystemBuilder;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.TokenCommand;

/**
 * Two instances of every service and two gateways, on one PostgreSQL, behind HAProxy (Debian's, started here): the
 * guarantees a single instance gives hold across instances. If-Match writers and one Idempotency-Key spread over both;
 * webhooks with two gateways following the feeds (each change delivered, none twice while both live, every one still
 * delivered when a gateway is killed mid-delivery); a write through one instance read through the other within the
 * read cache's documented bound; the merged change feed read alternately through both gateways; and rate limits,
 * which are each instance's own. Figures go to {@code target/replicas.json}.
 */
@ResourceLock(Turns.OWN_SYSTEMS)
class ReplicasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1: the JDK's client otherwise asks to upgrade to HTTP/2 (h2c), after which HAProxy only tunnels bytes.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<ServiceModule> SERVICES = List.of(ServiceModule.INSPECTION, ServiceModule.PLAN,
            ServiceModule.FINANCE, ServiceModule.GATEWAY);
    /** The read cache's ttl plus its stale-while-reading (ReadCacheConfig defaults): the README's promise. */
    private static final Duration READ_BOUND = Duration.ofSeconds(11);

    @TempDir
    Path data;

    private final FreePorts freePorts = FreePorts.forOneSystem();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Delivery> received = new CopyOnWriteArrayList<>();

    record Delivery(String id, String body) {
    }

    @Test
    void twoOfEachServiceBehindHaproxyKeepEveryPromiseOfOne() throws Exception {
        ServiceLogs.shownIfItFails(data, () -> ServiceLogs.shownIfItFails(data.resolve("two"), this::replicaRun));
    }

    private void replicaRun() throws Exception {
        Map<ServiceModule, Integer> first = ports();
        Map<ServiceModule, Integer> second = ports();
        Map<ServiceModule, Integer> balanced = new EnumMap<>(ServiceModule.class);
        for (ServiceModule service : SERVICES) {
            balanced.put(service, freePorts.next());
        }
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        figures.put("ports", Map.of("balanced", balanced.toString(), "one", first.toString(), "two", second.toString()));
        Process haproxy = haproxy(balanced, first, second);
        try (LocalSystem one = builder(first, balanced).dataDirectory(data).seed(true).start();
             LocalSystem two = builder(second, balanced).dataDirectory(data).logDirectory(data.resolve("two").resolve("logs"))
                     .seed(false).externalDatabase(one.databaseHost(), one.databasePort(), one.databaseUser(),
                             one.databasePassword(), one.adminDatabase()).start()) {
            String gateway = "http://127.0.0.1:" + balanced.get(ServiceModule.GATEWAY);
            String plan = "http://127.0.0.1:" + balanced.get(ServiceModule.PLAN);
            String admin = TokenCommand.sign(one.signingKeys(), "replica-admin", List.of("ADMIN"), Duration.ofHours(1));
            awaitBothServing(gateway + "/api/v1/actions/A-1.1", admin);
            awaitBothServing(plan + "/api/v1/actions/A-1.1", admin);

            ifMatchWritersSpreadOverBoth(gateway, one);
            oneIdempotencyKeySpreadOverBoth(gateway, one);
            aWriteThroughOneIsReadThroughTheOtherWithinTheBound(one, two, admin);
            theMergedFeedReadAlternatelyThroughBothGatewaysSkipsAndRepeatsNothing(one, two, admin);
            rateLimitsAreEachInstancesOwn(one, two);
            webhooksWithTwoGateways(gateway, plan, one, receiver, admin);
        } finally {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
            receiver.stop(0);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "replicas.json"), Json.write(figures) + "\n");
            System.out.println("Replica run: " + Json.write(figures));
        }
    }

    private LocalSystemBuilder builder(Map<ServiceModule, Integer> ports, Map<ServiceModule, Integer> balanced) {
        LocalSystemBuilder builder = PackagedSystem.builder().services(SERVICES.toArray(ServiceModule[]::new))
                .environment("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.1/32") // the receiver, on loopback
                .environment("WEBHOOK_POLL_INTERVAL", "0.5s").environment("WEBHOOK_DELIVER_INTERVAL", "0.5s")
                // An attempt cut off by a kill is due again when its lease ends: 2 × 2 s + 5 s.
                .environment("WEBHOOK_REQUEST_TIMEOUT", "2s");
        for (ServiceModule service : SERVICES) {
            builder.port(service, ports.get(service));
            if (service != ServiceModule.GATEWAY) {
                // Each gateway reaches each service through the balancer, as it would reach a Kubernetes Service.
                builder.environment(service.gatewayUrlVariable(), "http://127.0.0.1:" + balanced.get(service));
            }
        }
        return builder;
    }

    /**
     * 20 writers, each with a token of its own, through the balanced gateways to both plan-services. Every version is
     * contested by all who have not won yet, so the requests grow with the square of the writers; 20 still contest
     * every version through both instances.
     */
    private void ifMatchWritersSpreadOverBoth(String gateway, LocalSystem system) throws Exception {
        String editor = TokenCommand.sign(system.signingKeys(), "replica-editor", List.of("PLAN_EDITOR"),
                Duration.ofHours(1));
        String ref = "A-R-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = send("POST", gateway + "/api/v1/actions", editor, body(ref, "start"), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        int writers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        Set<Long> won = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        Map<Integer, AtomicInteger> otherWrites = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> unreadable = new ConcurrentHashMap<>();
        List<String> otherBodies = new CopyOnWriteArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < writers; i++) {
            String title = "writer " + i;
            String token = TokenCommand.sign(system.signingKeys(), "replica-writer-" + i, List.of("PLAN_EDITOR"),
                    Duration.ofHours(1));
            done.add(pool.submit(() -> {
                start.await();
                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                int tries = 0;
                while (System.nanoTime() < deadline) {
                    tries++;
                    HttpResponse<String> read = send("GET", gateway + "/api/v1/actions/" + ref, token, null, Map.of());
                    var etag = read.headers().firstValue("ETag");
                    if (read.statusCode() != 200 || etag.isEmpty()) {
                        // Not a write: counted and reported, and the writer reads again, as a client would.
                        unreadable.computeIfAbsent(read.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    } else {
                        HttpResponse<String> put = send("PUT", gateway + "/api/v1/actions/" + ref, token,
                                body(ref, title), Map.of("If-Match", etag.get()));
                        if (put.statusCode() == 200) {
                            assertTrue(won.add(JSON.readTree(put.body()).path("version").asLong()),
                                    "a version won twice");
                            return null;
                        }
                        if (put.statusCode() == 412) {
                            refused.incrementAndGet();
                        } else {
                            otherWrites.computeIfAbsent(put.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            otherBodies.add(put.body());
                        }
                    }
                    // Backs off as a client told 412 would (jittered, growing to 0.8 s): 20 writers retrying at
                    // once on two cores would otherwise measure the machine, not the guarantee.
                    long ceiling = Math.min(800, 40L << Math.min(tries, 5));
                    Thread.sleep(20 + (long) (Math.random() * ceiling));
                }
                throw new AssertionError(title + " never won a version");
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(4, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Set<Long> expected = new HashSet<>();
        for (long v = 1; v <= writers; v++) {
            expected.add(v);
        }
        figures.put("ifMatchWriters", writers);
        figures.put("ifMatchVersionsWon", won.size());
        figures.put("ifMatchRefused412", refused.get());
        figures.put("ifMatchOtherAnswers", otherWrites.toString());
        figures.put("ifMatchReadsNotAnswered", unreadable.toString());
        figures.put("ifMatchSeconds", seconds(System.nanoTime() - began));
        assertTrue(otherWrites.isEmpty(), "every losing write is a 412, not " + otherWrites + ": " + otherBodies);
        assertEquals(expected, won, "versions 1.." + writers + ", each won by one writer");
        List<String> titles = new ArrayList<>();
        JSON.readTree(send("GET", gateway + "/api/v1/actions/" + ref + "/history?size=200", editor, null, Map.of()).body())
                .path("items").forEach(item -> titles.add(item.path("after").path("title").asText()));
        assertEquals(writers + 1, titles.size(), "one history entry for the create and each win");
        assertEquals(writers, new HashSet<>(titles.subList(1, titles.size())).size(), "no update lost");
    }

    /** 20 clients of one caller send one Idempotency-Key at once, spread over both gateways and plan-services. */
    private void oneIdempotencyKeySpreadOverBoth(String gateway, LocalSystem system) throws Exception {
        String editor = TokenCommand.sign(system.signingKeys(), "replica-retrier", List.of("PLAN_EDITOR"),
                Duration.ofHours(1));
        String ref = "A-I-" + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return send("POST", gateway + "/api/v1/actions", editor, body(ref, "once"), Map.of("Idempotency-Key", key));
            }));
        }
        start.countDown();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (Future<HttpResponse<String>> answer : answers) {
            statuses.merge(String.valueOf(answer.get(2, TimeUnit.MINUTES).statusCode()), 1, Integer::sum);
        }
        pool.shutdown();
        figures.put("idempotencyAnswers", statuses);
        assertEquals(Map.of("201", 20), statuses, "each client is told the one action was created");
        JsonNode history = JSON.readTree(send("GET", gateway + "/api/v1/actions/" + ref + "/history", editor, null,
                Map.of()).body());
        assertEquals(1, history.path("totalItems").asInt(), "one action, made once");
    }

    /** A change through plan-service one, read through plan-service two until it shows: within ttl + stale. */
    private void aWriteThroughOneIsReadThroughTheOtherWithinTheBound(LocalSystem one, LocalSystem two, String admin)
            throws Exception {
        String ref = "A-1.3";
        String other = two.baseUrl(ServiceModule.PLAN) + "/api/v1/actions/" + ref;
        // The other instance reads it first, so that its cache holds the answer before the change.
        assertEquals(200, send("GET", other, admin, null, Map.of()).statusCode());
        HttpResponse<String> read = send("GET", one.baseUrl(ServiceModule.PLAN) + "/api/v1/actions/" + ref, admin, null,
                Map.of());
        JsonNode action = JSON.readTree(read.body());
        String title = action.path("title").asText() + " (seen everywhere)";
        ((com.fasterxml.jackson.databind.node.ObjectNode) action).put("title", title);
        HttpResponse<String> put = send("PUT", one.baseUrl(ServiceModule.PLAN) + "/api/v1/actions/" + ref, admin,
                action.toString(), Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
        assertEquals(200, put.statusCode(), put.body());
        long written = System.nanoTime();
        long seen = -1;
        while (System.nanoTime() - written < READ_BOUND.plusSeconds(5).toNanos()) {
            if (JSON.readTree(send("GET", other, admin, null, Map.of()).body()).path("title").asText().equals(title)) {
                seen = System.nanoTime() - written;
                break;
            }
            Thread.sleep(25);
        }
        figures.put("writeThroughOneSeenThroughTheOtherAfterSeconds", seen < 0 ? "never" : seconds(seen));
        assertTrue(seen >= 0 && seen <= READ_BOUND.toNanos(), "seen through the other instance within "
                + READ_BOUND + ": " + (seen < 0 ? "not at all" : seconds(seen) + " s"));
    }

    /** The merged feed read a page at a time, alternately through gateway one and two: the same as through one. */
    private void theMergedFeedReadAlternatelyThroughBothGatewaysSkipsAndRepeatsNothing(LocalSystem one,
            LocalSystem two, String admin) throws Exception {
        ArrayNode alone = feed(List.of(one.baseUrl(ServiceModule.GATEWAY)), admin);
        ArrayNode alternate = feed(List.of(one.baseUrl(ServiceModule.GATEWAY), two.baseUrl(ServiceModule.GATEWAY)),
                admin);
        figures.put("feedChangesRead", alone.size());
        assertTrue(alone.size() > 100, "the seed and this run's changes: " + alone.size());
        Set<String> distinct = new HashSet<>();
        alternate.forEach(change -> distinct.add(change.path("entityType").asText() + " " + change.path("position").asText()
                + " " + change.path("entityRef").asText() + " " + change.path("occurredAt").asText()));
        assertEquals(alternate.size(), distinct.size(), "no change repeated");
        assertEquals(alone, alternate, "nothing skipped or repeated, in the same order");
    }

    /** Rate limits are each instance's own: a client past one instance's burst is still served by the other. */
    private void rateLimitsAreEachInstancesOwn(LocalSystem one, LocalSystem two) throws Exception {
        String token = TokenCommand.sign(one.signingKeys(), "replica-greedy", List.of("VIEWER"), Duration.ofHours(1));
        int served = 0;
        int limited = 0;
        for (int i = 0; i < 5000 && limited == 0; i++) {
            int status = send("GET", one.baseUrl(ServiceModule.PLAN) + "/api/v1/actions/A-1.1", token, null, Map.of())
                    .statusCode();
            if (status == 429) {
                limited++;
            } else {
                served++;
            }
        }
        int status = send("GET", two.baseUrl(ServiceModule.PLAN) + "/api/v1/actions/A-1.1", token, null, Map.of())
                .statusCode();
        figures.put("rateLimitServedByOneBefore429", served);
        figures.put("rateLimitOtherInstanceAnswered", status);
        assertEquals(1, limited, "instance one limited the client (burst 200, 100 a second)");
        assertEquals(200, status, "instance two had not: its bucket is its own");
    }

    /**
     * A subscription, changes while both gateways follow the feeds, then a gateway killed while deliveries are owed:
     * every change is delivered, none twice while both live, and all of them after the kill.
     */
    private void webhooksWithTwoGateways(String gateway, String plan, LocalSystem one, HttpServer receiver,
            String admin) throws Exception {
        String hook = Bodies.webhook("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                "uk.csit.tracker.progress-updates.created", "Two gateways");
        HttpResponse<String> created = send("POST", gateway + "/api/v1/webhooks", admin, hook, Map.of());
        assertEquals(201, created.statusCode(), created.body());
        String editor = TokenCommand.sign(one.signingKeys(), "replica-hooks", List.of("PLAN_EDITOR"), Duration.ofHours(1));

        List<String> calm = writeProgress(plan, editor, "both gateways", 30);
        awaitDelivered(calm, Duration.ofSeconds(60));
        Map<String, Integer> perChange = deliveriesPerChange(calm);
        figures.put("webhookChangesWhileBothLive", calm.size());
        figures.put("webhookDeliveriesWhileBothLive", perChange.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(calm.size(), perChange.size(), "every change reached the subscription");
        assertTrue(perChange.values().stream().allMatch(n -> n == 1), "none twice while both live: " + perChange);

        int before = received.size();
        List<String> owed = writeProgress(plan, editor, "one gateway killed", 30);
        long waited = System.nanoTime();
        while (received.size() == before && System.nanoTime() - waited < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(10);
        }
        one.process(ServiceModule.GATEWAY).destroyForcibly(); // mid-delivery: some of these are owed still
        one.process(ServiceModule.GATEWAY).waitFor(10, TimeUnit.SECONDS);
        long killedAt = System.nanoTime();
        awaitDelivered(owed, Duration.ofSeconds(60));
        Map<String, Integer> afterKill = deliveriesPerChange(owed);
        figures.put("webhookChangesAroundTheKill", owed.size());
        figures.put("webhookDeliveriesAroundTheKill", afterKill.values().stream().mapToInt(Integer::intValue).sum());
        figures.put("webhookAllDeliveredSecondsAfterTheKill", seconds(System.nanoTime() - killedAt));
        assertEquals(owed.size(), afterKill.size(), "every change still reached the subscription");
    }

    private List<String> writeProgress(String plan, String editor, String run, int count) throws Exception {
        List<String> narratives = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        for (int i = 0; i < count; i++) {
            String narrative = "replica run, " + run + ", update " + i;
            HttpResponse<String> answer = send("POST", plan + "/api/v1/actions/A-2.2/progress-updates", editor,
                    Bodies.progressUpdate(today, narrative, "AMBER", 10 + i), Map.of());
            assertEquals(201, answer.statusCode(), answer.body());
            narratives.add(narrative);
        }
        return narratives;
    }

    private void awaitDelivered(List<String> narratives, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (deliveriesPerChange(narratives).size() == narratives.size()) {
                return;
            }
            Thread.sleep(200);
        }
    }

    /** For each narrative delivered: in how many deliveries of distinct event ids it came. */
    private Map<String, Integer> deliveriesPerChange(List<String> narratives) {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        Map<String, Integer> deliveries = new LinkedHashMap<>();
        for (Delivery delivery : received) {
            for (String narrative : narratives) {
                if (delivery.body().contains("\"" + narrative + "\"")) {
                    ids.computeIfAbsent(narrative, n -> new HashSet<>()).add(delivery.id());
                    deliveries.merge(narrative, 1, Integer::sum);
                }
            }
        }
        ids.forEach((narrative, eventIds) -> assertEquals(1, eventIds.size(), narrative + " is one event"));
        return deliveries;
    }

    /** Every change of the merged feed from the beginning, each page read through the next gateway in turn. */
    private static ArrayNode feed(List<String> gateways, String token) throws Exception {
        ArrayNode all = JSON.createArrayNode();
        String after = null;
        for (int page = 0; ; page++) {
            String base = gateways.get(page % gateways.size());
            HttpResponse<String> answer = send("GET", base + "/api/v1/changes?limit=50"
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)), token, null,
                    Map.of());
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode slice = JSON.readTree(answer.body());
            assertFalse(slice.path("degraded").asBoolean(), "every service answered the feed");
            slice.path("items").forEach(all::add);
            if (!slice.path("hasMore").asBoolean()) {
                return all;
            }
            after = slice.path("nextCursor").asText();
        }
    }

    /** Waits until the balancer has had answers from both instances behind it (its header names the one). */
    private void awaitBothServing(String url, String token) throws Exception {
        Set<String> seen = new HashSet<>();
        String last = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            HttpResponse<String> answer = send("GET", url, token, null, Map.of());
            if (answer.statusCode() == 200) {
                answer.headers().firstValue("X-Served-By").ifPresent(seen::add);
            }
            last = answer.statusCode() + " " + answer.headers().map() + " " + answer.body();
            Thread.sleep(100);
        }
        Path log = data.resolve("logs").resolve("haproxy.log");
        assertEquals(Set.of("one", "two"), seen, "both instances behind " + url + " answered; the last answer: "
                + last + "; HAProxy said: " + (Files.exists(log) ? Files.readString(log) : "nothing"));
    }

    /** HAProxy with a frontend per service, round robin over its two instances, checked on their readiness. */
    private Process haproxy(Map<ServiceModule, Integer> balanced, Map<ServiceModule, Integer> first,
            Map<ServiceModule, Integer> second) throws IOException {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 1024
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    # A readiness check on a loaded two-core machine may take longer than its interval.
                    timeout check 3s
                    option http-server-close
                """);
        for (ServiceModule service : SERVICES) {
            String name = service.directory();
            config.append("frontend ").append(name).append("\n    bind 127.0.0.1:").append(balanced.get(service))
                    .append("\n    default_backend ").append(name).append("-instances\n")
                    .append("backend ").append(name).append("-instances\n    balance roundrobin\n")
                    .append("    option httpchk GET /q/health/ready\n    http-check expect status 200\n")
                    .append("    http-response set-header X-Served-By %s\n")
                    .append("    server one 127.0.0.1:").append(first.get(service)).append(" check port ")
                    .append(first.get(service) + 1000).append(" inter 1s fall 3 rise 1\n")
                    .append("    server two 127.0.0.1:").append(second.get(service)).append(" check port ")
                    .append(second.get(service) + 1000).append(" inter 1s fall 3 rise 1\n");
        }
        Path file = data.resolve("haproxy.cfg");
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(file, config);
        return new ProcessBuilder("haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(data.resolve("logs").resolve("haproxy.log").toFile()).start();
    }

    /** A free port for each service whose management port (a thousand above) is free too. */
    private Map<ServiceModule, Integer> ports() {
        Map<ServiceModule, Integer> ports = new EnumMap<>(ServiceModule.class);
        for (ServiceModule service : SERVICES) {
            ports.put(service, freePorts.next(true));
        }
        return ports;
    }

    private static String body(String ref, String title) {
        return Bodies.action(ref, "P2", title, "IN_PROGRESS", 10);
    }

    private static HttpResponse<String> send(String method, String url, String token, String body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }
}
