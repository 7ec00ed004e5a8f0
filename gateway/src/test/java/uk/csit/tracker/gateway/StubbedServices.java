package uk.csit.tracker.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** One WireMock server on a free port standing in for all three services (their paths do not overlap). */
public class StubbedServices implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        return Map.of(
                "quarkus.rest-client.plan-service.url", url,
                "quarkus.rest-client.inspection-service.url", url,
                "quarkus.rest-client.finance-service.url", url,
                "tracker.gateway.services.plan", url,
                "tracker.gateway.services.inspection", url,
                "tracker.gateway.services.finance", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
