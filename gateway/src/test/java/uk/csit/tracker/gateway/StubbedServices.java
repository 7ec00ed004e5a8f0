package uk.csit.tracker.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * A WireMock server on a free port for each of the three services. With the init argument
 * {@code dead=<service>} that service's URL is a port with nothing listening (connection refused).
 */
public class StubbedServices implements QuarkusTestResourceLifecycleManager {

    static WireMockServer plan;
    static WireMockServer inspection;
    static WireMockServer finance;

    private String dead = "";

    @Override
    public void init(Map<String, String> initArgs) {
        dead = initArgs.getOrDefault("dead", "");
    }

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

    private void point(Map<String, String> config, String service, WireMockServer server) {
        String url = service.equals(dead) ? "http://localhost:" + freePort() : server.baseUrl();
        config.put("quarkus.rest-client." + service + "-service.url", url);
        config.put("tracker.gateway.services." + service, url);
    }

    static void resetAll() {
        plan.resetAll();
        inspection.resetAll();
        finance.resetAll();
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .containerThreads(20).jettyAcceptors(1));
        server.start();
        return server;
    }

    /** A port nothing listens on: taken from the system, then released. */
    static int freePort() {
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
