package uk.csit.tracker.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.csit.tracker.kit.testing.HostileCases.Case;

/**
 * Files that cost a reader far more than their size: for every operation of a contract that takes a
 * CSV file or an Excel workbook, spreadsheets wide and tall, zip bombs, entity expansion, huge CSV
 * files, and files of thousands of bad lines. Each is at most 2 MB, as a service takes bodies, yet
 * read naively one would hold hundreds of megabytes, or answer with megabytes of complaints. A
 * service must refuse each with a 4xx problem of at most {@link #MAX_ANSWER_BYTES}, and (run
 * against the packaged service, with its 128 MB heap) stay up.
 */
public final class HostileFiles {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The largest refusal a file may get: a hundred errors listed, and their count. */
    public static final int MAX_ANSWER_BYTES = 64 * 1024;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOCUMENT_RELATIONSHIPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HostileFiles() {
    }

    /** Every hostile file for every operation of the contract that takes CSV or XLSX. */
    public static List<Case> forContract(JsonNode contract) {
        List<Case> cases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().contains("{")) {
                continue;
            }
            for (String method : List.of("post", "put")) {
                JsonNode content = path.getValue().path(method).path("requestBody").path("content");
                if (content.has(CSV)) {
                    cases.addAll(csv(method.toUpperCase(), path.getKey(), header(content.path(CSV))));
                }
                if (content.has(XLSX)) {
                    cases.addAll(xlsx(method.toUpperCase(), path.getKey(), header(content.path(CSV))));
                }
            }
        }
        return cases;
    }

    /** The header row of the contract's example of the file, or a made-up one. */
    private static String header(JsonNode csv) {
        String example = csv.path("example").asText("");
        int end = example.indexOf('\n');
        return end > 0 ? example.substring(0, end).strip() : "Ref";
    }

    static List<Case> csv(String method, String path, String header) {
        List<Case> cases = new ArrayList<>();
        cases.add(file("csv: a million one-cell lines (2 MB)", method, path, CSV, "1\n".repeat(1_000_000)));
        cases.add(file("csv: one line of a million fields (2 MB)", method, path, CSV, ",".repeat(1_000_000) + "\r\n"));
        cases.add(file("csv: a header of 20,000 columns", method, path, CSV, "a,".repeat(20_000) + "\r\n1\r\n"));
        cases.add(file("csv: 4,000 bad lines under a good header", method, path, CSV,
                header + "\r\n" + "x\r\n".repeat(4_000)));
        cases.add(file("csv: 50,000 bad lines under a good header", method, path, CSV,
                header + "\r\n" + "x\r\n".repeat(50_000)));
        return cases;
    }

    static List<Case> xlsx(String method, String path, String header) {
        StringBuilder headerCells = new StringBuilder();
        String[] names = header.split(",");
        for (int c = 0; c < names.length && c < 26; c++) {
            headerCells.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"inlineStr\"><is><t>").append(names[c])
                    .append("</t></is></c>");
        }
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("xlsx: a header cell in column XFD over 5,000 one-cell rows", method, path, XLSX, Map.of(),
                workbook(sheet -> {
                    sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ref</t></is></c>"
                            + "<c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
                    for (int r = 2; r <= 5_001; r++) {
                        sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
                    }
                })));
        cases.add(new Case("xlsx: 5,000 rows with a value in column XFD under a good header", method, path, XLSX,
                Map.of(), workbook(sheet -> {
                    sheet.write("<row r=\"1\">" + headerCells + "</row>");
                    for (int r = 2; r <= 5_001; r++) {
                        sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c><c r=\"XFD" + r
                                + "\"><v>1</v></c></row>");
                    }
                })));
        cases.add(new Case("xlsx: 100,000 one-cell rows", method, path, XLSX, Map.of(), workbook(sheet -> {
            for (int r = 1; r <= 100_000; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
        })));
        cases.add(new Case("xlsx: a sheet that unpacks to 200 MB (zip bomb)", method, path, XLSX, Map.of(),
                workbook(sheet -> {
                    String row = "<row><c t=\"inlineStr\"><is><t>" + "x".repeat(200) + "</t></is></c></row>";
                    for (long written = 0; written < 200L << 20; written += row.length()) {
                        sheet.write(row);
                    }
                })));
        cases.add(new Case("xlsx: shared strings that unpack to 64 MB", method, path, XLSX, Map.of(),
                sharedStringsBomb()));
        cases.add(new Case("xlsx: a sheet with a DTD that expands entities (billion laughs)", method, path, XLSX,
                Map.of(), billionLaughs()));
        cases.add(new Case("xlsx: a workbook of 5,000 parts", method, path, XLSX, Map.of(), manyParts(5_000)));
        return cases;
    }

    private static Case file(String kind, String method, String path, String type, String body) {
        return new Case(kind, method, path, type, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a sheet's rows. */
    @FunctionalInterface
    interface SheetData {
        void write(Writer sheet) throws IOException;
    }

    /** A minimal workbook (no styles) whose one worksheet's sheetData the caller writes, streamed into the zip. */
    static byte[] workbook(SheetData rows) {
        return zip(zip -> {
            skeleton(zip, false);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            rows.write(sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        });
    }

    private static byte[] sharedStringsBomb() {
        return zip(zip -> {
            skeleton(zip, true);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer strings = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            strings.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN
                    + "\" count=\"2000000000\" uniqueCount=\"2000000000\">");
            String item = "<si><t>" + "y".repeat(1_000) + "</t></si>";
            for (long written = 0; written < 64L << 20; written += item.length()) {
                strings.write(item);
            }
            strings.write("</sst>");
            strings.flush();
            zip.closeEntry();
        });
    }

    private static byte[] billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY a0 \"laugh\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return zip(zip -> {
            skeleton(zip, false);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd + "<worksheet xmlns=\"" + MAIN
                    + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&a10;</t></is></c></row>"
                    + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        });
    }

    private static byte[] manyParts(int parts) {
        return zip(zip -> {
            skeleton(zip, false);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < parts; i++) {
                zip.putNextEntry(new ZipEntry("xl/extra/part" + i + ".xml"));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        });
    }

    /** The parts every workbook has besides its sheet: content types, relationships, the workbook. */
    private static void skeleton(ZipOutputStream zip, boolean sharedStrings) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd."
                        + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                + "</Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELATIONSHIPS
                + "\"><Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/officeDocument\""
                + " Target=\"xl/workbook.xml\"/></Relationships>");
        entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + DOCUMENT_RELATIONSHIPS + "\"><sheets><sheet name=\"Actions\" sheetId=\"1\""
                + " r:id=\"rId1\"/></sheets></workbook>");
        entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/worksheet\""
                + " Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings ? "<Relationship Id=\"rId2\" Type=\"" + DOCUMENT_RELATIONSHIPS + "/sharedStrings\""
                        + " Target=\"sharedStrings.xml\"/>" : "")
                + "</Relationships>");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @FunctionalInterface
    private interface ZipContent {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static byte[] zip(ZipContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            content.write(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
