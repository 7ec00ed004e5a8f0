package uk.csit.tracker.kit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exchanges sent with the JDK's client are held to the contract as REST Assured's are (ContractConformanceTest's). */
class ContractExchangeTest {

    private HttpServer server;
    private ContractExchange exchange;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"ref\":\"A-1.1\",\"status\":\"COMPLETE\"}";

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", http -> {
            byte[] body = http.getRequestBody().readAllBytes();
            seen.add(http.getRequestMethod() + " " + http.getRequestURI() + " "
                    + http.getRequestHeaders().getFirst("Content-Type") + " "
                    + http.getRequestHeaders().getFirst("Authorization") + " " + new String(body, StandardCharsets.UTF_8));
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            http.getResponseHeaders().add("Content-Type", status < 400 ? "application/json" : "application/problem+json");
            http.sendResponseHeaders(status, out.length);
            http.getResponseBody().write(out);
            http.close();
        });
        server.start();
        exchange = ContractExchange.of("http://127.0.0.1:" + server.getAddress().getPort(),
                ContractConformance.of(ContractConformanceTest.CONTRACT));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aConformingExchangeIsAnsweredAsTheServerAnswered() {
        var response = exchange.send("GET", "/api/v1/actions/A-1.1?size=5", Map.of("Authorization", "Bearer t"), null);
        assertEquals(200, response.statusCode());
        assertEquals(List.of("GET /api/v1/actions/A-1.1?size=5 null Bearer t "), seen, "sent as asked, no token added");
    }

    @Test
    void anAnswerOutsideTheContractFailsTheTest() {
        answer = "{\"ref\":7}";
        AssertionError breach = assertThrows(AssertionError.class,
                () -> exchange.send("GET", "/api/v1/actions/A-1.1", Map.of(), null));
        assertTrue(breach.getMessage().contains("validation.response.body.schema.type"), breach.getMessage());
        status = 503;
        answer = "{}";
        assertThrows(AssertionError.class, () -> exchange.send("GET", "/api/v1/actions/A-1.1", Map.of(), null));
    }

    @Test
    void anAcceptedRequestOutsideTheContractFailsTheTestButARefusedOneDoesNot() {
        AssertionError accepted = assertThrows(AssertionError.class,
                () -> exchange.send("GET", "/api/v1/actions/A-1.1?size=0", Map.of(), null));
        assertTrue(accepted.getMessage().contains("validation.request"), accepted.getMessage());
        assertThrows(AssertionError.class,
                () -> exchange.send("PUT", "/api/v1/actions/A-1.1", Map.of(), "{\"status\":\"DONE\"}"));
        assertTrue(seen.get(seen.size() - 1).startsWith("PUT /api/v1/actions/A-1.1 application/json "),
                "a body goes as JSON: " + seen);
        status = 400;
        answer = "{\"status\":400}";
        assertEquals(400, exchange.send("PUT", "/api/v1/actions/A-1.1", Map.of(), "{\"status\":\"DONE\"}").statusCode());
    }
}
