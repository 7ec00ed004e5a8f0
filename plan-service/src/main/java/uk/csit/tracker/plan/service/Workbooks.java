package uk.csit.tracker.plan.service;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import uk.csit.tracker.kit.csv.FormulaGuard;
import uk.csit.tracker.kit.csv.SheetLimits;
import uk.csit.tracker.kit.csv.SheetRow;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.request.RequestContext;

/**
 * Over 300 lines: the streamed reading of a sheet and the measuring of its zip are one defence, kept in one place.
 *
 * Reads the first worksheet of an Excel workbook (XLSX, through Apache POI) into rows of text, as a
 * CSV file of the same sheet would read: a date cell becomes YYYY-MM-DD, a number its shortest
 * decimal text, a formula its last calculated value. Line numbers are the sheet's row numbers.
 *
 * <p>A workbook is a zip of XML, and both can be made to grow without bound from a small upload:
 * so the sheet is streamed (POI's event API: one row in memory at a time, never the whole sheet),
 * reading stops at the first row past the import's limits, a row is never read wider than the
 * header, and the zip is measured part by part, by the bytes it actually unpacks to, before any
 * part is parsed.
 */
public final class Workbooks {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The most a worksheet may unpack to: a sheet of 5,000 full action rows is a few megabytes. */
    static final long MAX_SHEET_BYTES = 16L << 20;
    /** The shared strings are held in memory while the sheet is read, so they get less room. */
    static final long MAX_SHARED_STRINGS_BYTES = 8L << 20;
    /** The parts POI reads whole into an XML tree (workbook, styles, relationships, content types). */
    static final long MAX_TREE_PART_BYTES = 2L << 20;
    static final long MAX_WORKBOOK_BYTES = 64L << 20;
    static final int MAX_PARTS = 500;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // POI's own guards, behind the measuring below: no part past the largest allowed.
        ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private Workbooks() {
    }

    /** The first worksheet's non-blank rows, its header first, within the limits (a 400 past them). */
    public static List<SheetRow> firstSheet(byte[] xlsx, SheetLimits limits) {
        if (startsWith(xlsx, OLE2)) {
            throw ProblemException.invalid("file", "is protected with a password, or is an old Excel 97-2003 (.xls)"
                    + " file; save it as an Excel workbook (.xlsx) without a password");
        }
        Path file = null;
        try {
            file = Files.createTempFile("action-import-", ".xlsx");
            Files.write(file, xlsx);
            measure(file);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return read(workbook, limits);
            }
        } catch (ProblemException problem) {
            throw problem;
        } catch (Exception e) {
            // Why POI could not read it names its classes and limits: that is for the log, not the caller.
            String requestId = RequestContext.currentRequestId();
            Log.infof(e, "Request %s: an uploaded workbook could not be read", requestId);
            throw ProblemException.invalid("file", "is not an Excel workbook (XLSX) that can be read; open it in"
                    + " Excel and save it again as .xlsx" + (requestId == null ? "" : " (request id " + requestId + ")"));
        } finally {
            delete(file);
        }
    }

    private static List<SheetRow> read(OPCPackage workbook, SheetLimits limits) throws Exception {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw ProblemException.invalid("file", "is a workbook without a worksheet");
        }
        boolean date1904 = date1904(reader);
        Rows rows = new Rows(limits);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                new ReadOnlySharedStringsTable(workbook, false), rows, new CellText(date1904), false));
        try (InputStream sheet = sheets.next()) {
            xml.parse(new InputSource(sheet));
        } catch (SAXException e) {
            if (e.getCause() instanceof ProblemException problem) {
                throw problem;
            }
            throw e;
        }
        return rows.read;
    }

    /**
     * Unpacks every part once, counting bytes and keeping none, and refuses the file when a part or
     * the whole would be larger than any real action sheet: a zip declares its sizes, but only the
     * bytes it inflates to are to be trusted.
     */
    private static void measure(Path file) throws IOException {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++parts > MAX_PARTS) {
                    throw tooLarge("has more than " + MAX_PARTS + " parts");
                }
                long limit = limitFor(entry.getName());
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        size += n;
                        total += n;
                        if (size > limit) {
                            throw tooLarge("has a part (" + entry.getName() + ") that unpacks to more than "
                                    + (limit >> 20) + " MB");
                        }
                        if (total > MAX_WORKBOOK_BYTES) {
                            throw tooLarge("unpacks to more than " + (MAX_WORKBOOK_BYTES >> 20) + " MB");
                        }
                    }
                }
            }
        }
    }

    private static long limitFor(String part) {
        if (part.startsWith("xl/worksheets/") && !part.endsWith(".rels")) {
            return MAX_SHEET_BYTES;
        }
        if (part.equals("xl/sharedStrings.xml")) {
            return MAX_SHARED_STRINGS_BYTES;
        }
        if (part.startsWith("xl/media/")) {
            return MAX_SHEET_BYTES; // pictures are never parsed, only unpacked by this count
        }
        return MAX_TREE_PART_BYTES;
    }

    private static ProblemException tooLarge(String why) {
        return ProblemException.invalid("file", why + "; an action sheet is far smaller: send the actions alone,"
                + " at most 5,000 rows");
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws Exception {
        boolean[] found = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    found[0] = "1".equals(value) || "true".equals(value);
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            xml.parse(new InputSource(in));
        }
        return found[0];
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number cell's text: a date as YYYY-MM-DD when its format is a date's, else the shortest decimal. */
    private static final class CellText extends DataFormatter {
        private final boolean date1904;

        CellText(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return NumberToTextConverter.toText(value);
        }
    }

    /**
     * Collects the rows as the sheet streams past: the header is as wide as its last value (no wider
     * than the limits); a row under it keeps the header's width and, when it has a value further right,
     * one cell more holding the first such value, so that the import can say the row is too wide.
     */
    private static final class Rows implements SheetContentsHandler {
        final SheetLimits limits;
        final List<SheetRow> read = new ArrayList<>();
        int headerWidth = -1;
        List<String> cells;
        int row;
        int nextColumn;

        Rows(SheetLimits limits) {
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            String text = value == null ? "" : FormulaGuard.restore(value.trim());
            if (text.isEmpty()) {
                return;
            }
            int width = headerWidth < 0 ? limits.columns() : headerWidth;
            if (column >= width) {
                if (headerWidth < 0) {
                    throw limits.tooWide(row + 1, "column " + CellReference.convertNumToColString(column));
                }
                if (cells.size() <= headerWidth) {
                    pad(headerWidth);
                    cells.add(text);
                }
                return;
            }
            pad(column);
            cells.add(text);
        }

        private void pad(int size) {
            while (cells.size() < size) {
                cells.add("");
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.isEmpty()) {
                return;
            }
            if (headerWidth < 0) {
                headerWidth = cells.size();
            } else if (read.size() > limits.rows()) {
                throw limits.tooManyRows();
            }
            read.add(new SheetRow(rowNum + 1, cells));
        }
    }
}
