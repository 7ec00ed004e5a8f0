package uk.csit.tracker.gateway.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/**
 * Makes a PDF of an XHTML document in-process (openhtmltopdf on PDFBox, SVG through Batik). Nothing outside the
 * document is fetched: it has no base address, and every resource it could name is refused.
 */
@ApplicationScoped
public class PdfDocuments {

    /**
     * PDFs made at once: each takes a second or so of a core and a few megabytes, so a caller asking for many at once
     * is told to come back rather than left to starve the API's other answers.
     */
    static final int AT_ONCE = 2;

    final Semaphore making = new Semaphore(AT_ONCE);

    public byte[] pdf(String xhtml, String title) {
        if (!making.tryAcquire()) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "Other board packs are being made; try again in"
                    + " a few seconds.", List.of(), Map.of("Retry-After", "2"));
        }
        try {
            return render(xhtml, title);
        } finally {
            making.release();
        }
    }

    private byte[] render(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useUriResolver((base, uri) -> null);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Children's Services Improvement Tracker");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The board pack could not be made into a PDF: " + title, e);
        }
        return out.toByteArray();
    }
}
