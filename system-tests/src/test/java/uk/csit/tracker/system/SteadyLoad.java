package uk.csit.tracker.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two readers of the gateway's /status (each at most about 40 calls a second, as dashboards would
 * poll, and under the per-client rate limit) and two writers of progress updates calling without
 * pause, until closed; each write carries a narrative of its own so the test can find it in the
 * database.
 */
final class SteadyLoad implements AutoCloseable {

    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong lastAcknowledged = new AtomicLong();
    private volatile String phase = "steady";
    private volatile boolean running = true;

    static SteadyLoad start(SystemProbe probe, String statusUrl, String readerToken, String writeUrl,
            String writerToken) {
        SteadyLoad load = new SteadyLoad();
        for (int i = 0; i < 2; i++) {
            load.spawn("status-reader-" + i, () -> {
                probe.readStatus(load.phase, statusUrl, readerToken);
                pause(25);
            });
            load.spawn("writer-" + i, () -> load.write(probe, writeUrl, writerToken));
        }
        return load;
    }

    void phase(String name) {
        phase = name;
    }

    boolean acknowledgedSince(long nanoTime) {
        return lastAcknowledged.get() > nanoTime;
    }

    private void write(SystemProbe probe, String url, String token) {
        String narrative = "fault run " + UUID.randomUUID();
        String body = """
                {"date":"2025-10-01","narrative":"%s","rag":"AMBER","percentComplete":40}""".formatted(narrative);
        try {
            HttpResponse<String> answer = probe.post(url, token, body);
            if (answer.statusCode() / 100 == 2) {
                probe.writeAcknowledged(narrative);
                lastAcknowledged.set(System.nanoTime());
            } else {
                probe.writeRefused(phase + ": " + answer.statusCode());
            }
        } catch (java.io.IOException e) {
            probe.writeRefused(phase + ": " + e.getClass().getSimpleName());
            pause(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void spawn(String name, Runnable call) {
        Thread thread = new Thread(() -> {
            while (running && !Thread.currentThread().isInterrupted()) {
                call.run();
            }
        }, name);
        thread.start();
        threads.add(thread);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }
}
