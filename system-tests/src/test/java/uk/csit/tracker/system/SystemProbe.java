package uk.csit.tracker.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** Talks to the running system and keeps what the fault test saw: every /status answer and every write. */
final class SystemProbe {

    record StatusAnswer(String phase, int code, long millis, boolean degraded, String planState) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<StatusAnswer> statusAnswers = new CopyOnWriteArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> writeFailures = new ConcurrentHashMap<>();
    private final AtomicLong writesTried = new AtomicLong();
    /** What the last check of /status saw, for the message of a wait that runs out. */
    private volatile String lastSeen = "nothing yet";

    HttpResponse<String> get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String url, String token, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One /status call, timed and recorded under the phase the test is in. */
    void readStatus(String phase, String url, String token) {
        long begin = System.nanoTime();
        try {
            HttpResponse<String> answer = get(url, token);
            long millis = (System.nanoTime() - begin) / 1_000_000;
            boolean degraded = false;
            String planState = null;
            if (answer.statusCode() == 200) {
                JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
                degraded = body.getBoolean("degraded");
                planState = body.getJsonObject("sources").getJsonObject("plan").getString("state");
            }
            statusAnswers.add(new StatusAnswer(phase, answer.statusCode(), millis, degraded, planState));
        } catch (RuntimeException e) {
            statusAnswers.add(new StatusAnswer(phase, -1, (System.nanoTime() - begin) / 1_000_000, true, null));
        }
    }

    /** Whether one /status answer says each of these sources is OK. */
    boolean statusSourcesOk(String url, String token, String... sources) {
        HttpResponse<String> answer = seen(get(url, token));
        if (answer.statusCode() != 200) {
            return false;
        }
        JsonObject states = Json.createReader(new StringReader(answer.body())).readObject().getJsonObject("sources");
        for (String source : sources) {
            if (!"OK".equals(states.getJsonObject(source).getString("state"))) {
                return false;
            }
        }
        return true;
    }

    boolean statusWhole(String url, String token) {
        HttpResponse<String> answer = seen(get(url, token));
        return answer.statusCode() == 200
                && !Json.createReader(new StringReader(answer.body())).readObject().getBoolean("degraded");
    }

    void writeAcknowledged(String narrative) {
        writesTried.incrementAndGet();
        acknowledged.add(narrative);
    }

    void writeRefused(String kind) {
        writesTried.incrementAndGet();
        writeFailures.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    /** Polls until the condition holds; the System.nanoTime() when it did. */
    long awaitTrue(Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return System.nanoTime();
                }
            } catch (RuntimeException notYet) {
                lastSeen = notYet.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not recovered within " + bound + "; last seen: " + lastSeen);
    }

    private HttpResponse<String> seen(HttpResponse<String> answer) {
        String body = answer.body() == null ? "" : answer.body();
        lastSeen = answer.statusCode() + " " + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body);
        return answer;
    }

    Set<String> acknowledgedWrites() {
        return Set.copyOf(acknowledged);
    }

    long writesTried() {
        return writesTried.get();
    }

    Map<String, Long> writeFailures() {
        Map<String, Long> out = new TreeMap<>();
        writeFailures.forEach((kind, count) -> out.put(kind, count.get()));
        return out;
    }

    int statusAnswers() {
        return statusAnswers.size();
    }

    long statusNon200() {
        return statusAnswers.stream().filter(a -> a.code() != 200).count();
    }

    /** The /status answers that were not 200, by status code (-1: no answer). */
    Map<String, Long> statusNon200ByCode() {
        Map<String, Long> out = new TreeMap<>();
        statusAnswers.stream().filter(a -> a.code() != 200)
                .forEach(a -> out.merge(Integer.toString(a.code()), 1L, Long::sum));
        return out;
    }

    long statusPastDeadline(Duration deadline) {
        return statusAnswers.stream().filter(a -> a.millis() > deadline.toMillis()).count();
    }

    long statusSlowestMillis() {
        return statusAnswers.stream().mapToLong(StatusAnswer::millis).max().orElse(0);
    }

    boolean sawDegraded(String phase, String source) {
        return statusAnswers.stream().anyMatch(a -> a.phase().equals(phase) && a.degraded()
                && "plan".equals(source) && "UNAVAILABLE".equals(a.planState()));
    }

    /** Per phase: answers, degraded answers, median and slowest latency. */
    Map<String, Object> statusByPhase() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String phase : statusAnswers.stream().map(StatusAnswer::phase).distinct().toList()) {
            List<Long> millis = new ArrayList<>(statusAnswers.stream().filter(a -> a.phase().equals(phase))
                    .map(StatusAnswer::millis).sorted().toList());
            long degraded = statusAnswers.stream().filter(a -> a.phase().equals(phase) && a.degraded()).count();
            out.put(phase, Map.of("answers", millis.size(), "degraded", degraded,
                    "medianMillis", millis.get(millis.size() / 2), "slowestMillis", millis.get(millis.size() - 1)));
        }
        return out;
    }
}
