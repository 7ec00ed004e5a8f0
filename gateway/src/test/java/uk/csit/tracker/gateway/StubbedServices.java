package uk.csit.tracker.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * A WireMock server for each of the three services, each on a port of its own for the whole run: a test stops one
 * ({@link #stopped}) to meet a service that is not running at all (its port refuses connections) and starts it
 * again on the same port.
 */
public class StubbedServices implements QuarkusTestResourceLifecycleManager {

    static WireMockServer plan;
    static WireMockServer inspection;
    static WireMockServer finance;

    @Override
    public Map<String, String> start() {
        plan = started();
        inspection = started();
        finance = started();
        Map<String, String> config = new HashMap<>();
        point(config, "plan", plan);
        point(config, "inspection", inspection);
        point(config, "finance", finance);
        return config;
    }

    private static void point(Map<String, String> config, String service, WireMockServer server) {
        String url = server.baseUrl();
        config.put("quarkus.rest-client." + service + "-service.url", url);
        config.put("tracker.gateway.services." + service, url);
    }

    static void resetAll() {
        plan.resetAll();
        inspection.resetAll();
        finance.resetAll();
    }

    /** Every service's change feed answers that nothing has changed, unless a test stubs a change of its own. */
    static void quietFeeds() {
        for (WireMockServer service : new WireMockServer[] {plan, inspection, finance}) {
            service.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/changes")).atPriority(10)
                    .willReturn(WireMock.okJson(StubAnswers.feed("0", false))));
        }
    }

    /** Stops the service's stub: until it is started again, its port refuses connections. */
    static void stopped(WireMockServer server) {
        server.stop();
    }

    /** Starts a stopped stub again, on the port the gateway was given for it. */
    static void startedAgain(WireMockServer server) {
        server.start();
    }

    private static WireMockServer started() {
        // A port of its own, not a dynamic one, so that a stub stopped and started again listens where it did.
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().port(freePort())
                .containerThreads(20).jettyAcceptors(1).extensions(new HeldAnswers()));
        server.start();
        return server;
    }

    /** A port nothing listens on: taken from the system, then released. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        for (WireMockServer server : new WireMockServer[] {plan, inspection, finance}) {
            if (server != null) {
                server.stop();
            }
        }
    }
}
