package uk.csit.tracker.kit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.HostileCases.Case;
import uk.csit.tracker.kit.testing.HostileCases.ValidWrite;

/**
 * The edges of a service's contract. Sends a service at least {@link #MINIMUM} requests it must refuse (see
 * {@link HostileCases}, and for a file import {@link HostileFiles}) and checks that every answer is a 4xx
 * {@code application/problem+json} of at most 64 KB that names none of the service's internals, none a 5xx, and that the database is exactly as it was before (every table's rows and checksum); and every request the contract
 * allows at its edges ({@link AllowedCases}), checking that none is refused as invalid. The figures go to
 * {@code target/hostile-input.json}. Each module's {@code HostileInputTest} extends this with
 * {@code @QuarkusTest}, after creating what its valid writes refer to.
 */
public abstract class HostileInputSuite {

    public static final int MINIMUM = 10_000;

    private static final long SEED = 20231201L;

    /** Writes the service would accept as they stand; each is broken in one place at a time. */
    protected abstract List<ValidWrite> validWrites();

    /** Collection paths read with GET, for hostile paging and filters. */
    protected abstract List<String> lists();

    /** Item paths with {ref}, for refs that do not exist or are hostile. */
    protected abstract List<String> items();

    /**
     * Values of a field of this service's own that it must refuse and that only it knows of (a financial year's form,
     * money's pence): {@link HostileCases} knows the contract's types, formats and limits, not the domain.
     */
    protected List<JsonNode> domainBadValues(String field, JsonNode schema) {
        return List.of();
    }

    @Test
    void hostileRequestsAreRefusedWithProblemsAndChangeNothing() throws Exception {
        List<ValidWrite> writes = validWrites();
        JsonNode contract = new ObjectMapper().readTree(Path.of("openapi.json").toFile());
        List<Case> cases = new ArrayList<>(new HostileCases(contract, SEED, this::domainBadValues).generate(writes, lists(), items(), MINIMUM));
        assertTrue(cases.size() >= MINIMUM, "generated " + cases.size());
        cases.addAll(HostileFiles.forContract(contract));

        DatabaseFingerprint before = DatabaseFingerprint.take();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        String token = TestTokens.bearer("hostile-input", "ADMIN");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger fiveHundreds = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (Case c : cases) {
            done.add(pool.submit(() -> {
                kinds.computeIfAbsent(c.kind().replaceAll(" in .*| [a-zA-Z.]+$", ""), k -> new LongAdder()).increment();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c.path()))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", token);
                c.headers().forEach(request::header);
                if (c.contentType() != null) {
                    request.header("Content-Type", c.contentType());
                }
                request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
                try {
                    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    int status = response.statusCode();
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    String type = response.headers().firstValue("Content-Type").orElse("");
                    if (status >= 500) {
                        fiveHundreds.incrementAndGet();
                    }
                    if (status < 400 || status >= 500 || !type.startsWith("application/problem+json")
                            || response.body().length() > HostileFiles.MAX_ANSWER_BYTES
                            || HostileCases.INTERNALS.matcher(response.body()).find()) {
                        failures.add(c.kind() + ": " + c.method() + " " + abbreviate(c.path()) + " body "
                                + abbreviate(c.body() == null ? "" : new String(c.body(), java.nio.charset.StandardCharsets.UTF_8))
                                + " -> " + status + " " + type + " (" + response.body().length() + " characters) "
                                + abbreviate(response.body()));
                    }
                } catch (IOException e) {
                    statuses.computeIfAbsent(-1, s -> new LongAdder()).increment();
                    failures.add(c.kind() + ": " + c.method() + " " + abbreviate(c.path()) + " -> no answer: " + e);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        DatabaseFingerprint after = DatabaseFingerprint.take();

        ObjectNode figures = new ObjectMapper().createObjectNode();
        figures.put("requests", cases.size());
        figures.put("serverErrors", fiveHundreds.get());
        figures.put("notA4xxProblem", failures.size());
        figures.put("databaseUnchanged", before.equals(after));
        ObjectNode byStatus = figures.putObject("byStatus");
        new TreeMap<>(statuses).forEach((s, n) -> byStatus.put(String.valueOf(s), n.sum()));
        ObjectNode byKind = figures.putObject("byKind");
        new TreeMap<>(kinds).forEach((k, n) -> byKind.put(k, n.sum()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "hostile-input.json"), figures.toPrettyString());

        assertEquals(List.of(), failures.stream().limit(25).toList(), failures.size() + " of " + cases.size()
                + " hostile requests were not answered with a 4xx problem");
        assertEquals(before, after, "a refused request changed the database");
    }

    /**
     * The other edge of the contract: every request it allows (each valid write varied one property at a time to
     * another value its schema allows, see {@link AllowedCases}) is never refused as invalid (400) nor fails (5xx).
     * A business rule may still refuse one, as a 409 or 422 problem; every answer is held to the contract
     * ({@link ContractExchange}), so such a refusal must be one the contract documents.
     */
    @Test
    void requestsTheContractAllowsAreNeverRefusedAsInvalid() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(Path.of("openapi.json").toFile());
        List<AllowedCases.Case> cases = new AllowedCases(contract).generate(validWrites());
        assertTrue(cases.size() >= validWrites().size(), "generated " + cases.size());
        ContractExchange service = ContractExchange.withServiceUnderTest();
        String admin = JwtResource.defaultBearer();
        List<String> refused = new ArrayList<>();
        Map<Integer, LongAdder> statuses = new TreeMap<>();
        for (AllowedCases.Case c : cases) {
            ValidWrite write = c.write();
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            headers.put("Authorization", admin);
            write.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("If-Match")) {
                    headers.put(name, value);
                }
            });
            if (write.headers().keySet().stream().anyMatch("If-Match"::equalsIgnoreCase)) {
                headers.put("If-Match", currentTag(service, admin, write.path()));
            }
            HttpResponse<String> answer = service.send(write.method(), write.path(), headers, write.body());
            statuses.computeIfAbsent(answer.statusCode(), s -> new LongAdder()).increment();
            if (answer.statusCode() == 400 || answer.statusCode() >= 500) {
                refused.add(c.varies() + ": " + write.method() + " " + write.path() + " -> " + answer.statusCode() + " "
                        + abbreviate(answer.body()));
            }
        }
        ObjectNode figures = new ObjectMapper().createObjectNode();
        figures.put("requests", cases.size());
        ObjectNode byStatus = figures.putObject("byStatus");
        statuses.forEach((s, n) -> byStatus.put(String.valueOf(s), n.sum()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "allowed-input.json"), figures.toPrettyString());
        assertEquals(List.of(), refused, refused.size() + " of " + cases.size() + " requests the contract allows were"
                + " refused as invalid or failed");
    }

    /** The ETag of the record a write changes: the path's own, or its parent's for a command under it (variations). */
    private static String currentTag(ContractExchange service, String admin, String path) {
        HttpResponse<String> own = service.send("GET", path, Map.of("Authorization", admin), null);
        if (own.statusCode() == 200) {
            return own.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
        }
        String parent = path.substring(0, path.lastIndexOf('/'));
        HttpResponse<String> read = service.send("GET", parent, Map.of("Authorization", admin), null);
        assertEquals(200, read.statusCode(), "GET " + parent + ": " + abbreviate(read.body()));
        return read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(parent + " has no ETag"));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
