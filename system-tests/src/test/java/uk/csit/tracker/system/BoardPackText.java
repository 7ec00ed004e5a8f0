package uk.csit.tracker.system;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a person reads in the board pack, worked out by the tests themselves rather than by what laid the pack out:
 * its text as PDFBox's own extraction gives it, and money as the pack writes it.
 */
final class BoardPackText {

    private BoardPackText() {
    }

    /** The PDF's text, with a line that wraps inside a sentence joined again ("15\nactions" is "15 actions"). */
    static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return of(document);
        }
    }

    /** The same, for a test that also counts or draws the document's pages. */
    static String of(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replace('\u00a0', ' ')
                .replaceAll("[ \\t]*\\r?\\n[ \\t]*", "\n").replaceAll("(?<=\\S)\\n(?=\\S)", " ");
    }

    /** Pounds and pence, thousands separated, a minus before the pound sign: £16,000,000.00, -£250.00. */
    static String pounds(BigDecimal amount) {
        String digits = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(amount.abs().setScale(2, RoundingMode.HALF_EVEN));
        return (amount.signum() < 0 ? "-£" : "£") + digits;
    }
}
