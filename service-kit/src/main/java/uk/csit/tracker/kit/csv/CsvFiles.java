package uk.csit.tracker.kit.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;
import uk.csit.tracker.kit.problem.Problems;

/**
 * CSV as RFC 4180 writes it (comma separated, a field quoted only where it holds a comma, a quote or
 * a line break, quotes doubled, CRLF line ends, a header row first), in both directions: list
 * answers a client asks for with {@code Accept: text/csv}, and files sent to an import.
 */
public final class CsvFiles {

    public static final String MEDIA_TYPE = "text/csv";
    public static final MediaType CSV = MediaType.valueOf(MEDIA_TYPE);

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvFiles() {
    }

    /** True when, in the client's order of preference, text/csv comes before anything JSON matches. */
    public static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(CSV)) {
                return true;
            }
        }
        return false;
    }

    /** A CSV answer, UTF-8, offered as a file named after what it holds. */
    public static Response attachment(String csv, String name) {
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), MEDIA_TYPE + "; charset=UTF-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"")
                .build();
    }

    /**
     * The header row and the rows under it; a null cell is written empty, and a cell a spreadsheet
     * would run as a formula is neutralised ({@link FormulaGuard}).
     */
    public static String write(List<String> columns, List<String[]> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        List<String[]> guarded = rows.stream()
                .map(row -> Arrays.stream(row).map(FormulaGuard::neutralise).toArray(String[]::new)).toList();
        try {
            return MAPPER.writer(schema.build().withHeader().withLineSeparator("\r\n").withNullValue(""))
                    .writeValueAsString(guarded);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a body sent as anything but CSV (or plain text) with a 415 problem. */
    public static void requireCsv(MediaType type, String what) {
        if (type == null || !(type.isCompatible(CSV) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE))) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send " + what + " as text/csv (UTF-8), not "
                    + (type == null ? "without a Content-Type" : type.getType() + "/" + type.getSubtype()) + ".");
        }
    }

    /**
     * The file's non-blank rows, the header first, each with the line it starts on (a quoted field
     * may span lines), as the text it stands for (a cell an export neutralised is restored). A
     * byte-order mark is skipped. Reading stops at the first row past the limits
     * (a 400), so a file of a million short lines is refused after the first few thousand. Text that
     * is not CSV is a 400 naming the line.
     */
    public static List<SheetRow> read(String text, SheetLimits limits) {
        List<SheetRow> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int line = 1;
        try (MappingIterator<String[]> records = MAPPER.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(body)) {
            while (records.hasNextValue()) {
                String[] record = records.nextValue();
                int start = line;
                line = records.getCurrentLocation().getLineNr();
                if (record.length > limits.columns()) {
                    throw limits.tooWide(start, "field " + record.length);
                }
                SheetRow row = new SheetRow(start, Arrays.stream(record).map(String::trim).map(FormulaGuard::restore).toList());
                if (!row.isBlank()) {
                    if (rows.size() > limits.rows()) {
                        throw limits.tooManyRows();
                    }
                    rows.add(row);
                }
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw ProblemException.invalid(List.of(new FieldError("line " + at,
                    "is not CSV as RFC 4180 writes it: " + Problems.withoutInternals(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
