package uk.csit.tracker.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.problem.ProblemException;

class PdfDocumentsTest {

    static final String PAGE = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head>"
            + "<body><p>Board pack</p><img src=\"http://169.254.169.254/latest/meta-data/\" alt=\"\"/></body></html>";

    @Test
    void aPdfIsMadeAndNothingOutsideTheDocumentIsFetched() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            String page = PAGE.replace("<p>Board pack</p>", "<p>Board pack</p><img src=\"" + url + "/chart.png\" alt=\"\"/>"
                    + "<link rel=\"stylesheet\" href=\"" + url + "/style.css\"/>");
            byte[] pdf = new PdfDocuments().pdf(page, "t");
            assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
            assertEquals(0, asked.get(), "the renderer fetched nothing named in the document");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void beyondTwoAtOnceTheCallerIsToldToComeBack() {
        PdfDocuments documents = new PdfDocuments();
        documents.making.acquireUninterruptibly(PdfDocuments.AT_ONCE);
        ProblemException busy = assertThrows(ProblemException.class, () -> documents.pdf(PAGE, "t"));
        assertEquals(429, busy.type().status());
        assertEquals("2", busy.headers().get("Retry-After"));
        documents.making.release(PdfDocuments.AT_ONCE);
        assertTrue(documents.pdf(PAGE, "t").length > 0, "and is served once one is done");
    }
}
