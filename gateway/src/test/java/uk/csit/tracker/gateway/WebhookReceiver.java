package uk.csit.tracker.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A council system's webhook endpoint in the test: keeps every request and answers from a script of statuses. */
final class WebhookReceiver implements AutoCloseable {

    record Received(Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 204;
    private volatile String redirectTo;
    private volatile Duration holdEach = Duration.ZERO;
    private final AtomicInteger atOnce = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    WebhookReceiver() {
        this("127.0.0.1");
    }

    /** A receiver listening on another loopback address (every 127.x.y.z is this machine's). */
    WebhookReceiver(String address) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            try {
                Thread.sleep(holdEach.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            atOnce.decrementAndGet();
            Integer status = script.poll();
            if (redirectTo != null) {
                exchange.getResponseHeaders().add("Location", redirectTo);
            }
            exchange.sendResponseHeaders(status == null ? otherwise : status, -1);
            exchange.close();
        });
        // Requests side by side, as a real receiver takes them.
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/hooks";
    }

    /** Answers every request with a 307 to the URL given. */
    WebhookReceiver redirecting(String url) {
        redirectTo = url;
        otherwise = 307;
        return this;
    }

    /** Answers these statuses first, in order, then the given one for every request after. */
    WebhookReceiver answering(int thenAlways, Integer... first) {
        script.addAll(List.of(first));
        otherwise = thenAlways;
        return this;
    }

    /** Takes this long over every request before it answers. */
    WebhookReceiver holdingEach(Duration hold) {
        holdEach = hold;
        return this;
    }

    /** The most requests it has had in hand at the same time. */
    int mostAtOnce() {
        return mostAtOnce.get();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
