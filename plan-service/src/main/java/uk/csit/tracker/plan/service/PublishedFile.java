package uk.csit.tracker.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.Problems;

/**
 * A statistics file in the tidy CSV format the DfE publishes on Explore Education Statistics, read one row at a time
 * so that a file costs no more memory than its widest row: a header naming the columns (in any order, whatever their
 * case, after a byte-order mark or not), then rows of exactly as many cells. A file that is not that is refused with a
 * problem naming the line.
 */
public final class PublishedFile {

    /** The columns every file in the format has. */
    public static final List<String> MANDATORY = List.of("time_period", "time_identifier", "geographic_level",
            "country_code", "country_name");
    static final int MAX_COLUMNS = 1000;

    private static final CsvMapper MAPPER = new CsvMapper();

    private PublishedFile() {
    }

    /** The header row: each column's position by its name in lower case. */
    public record Header(List<String> names, Map<String, Integer> positions) {

        public boolean has(String column) {
            return positions.containsKey(column.toLowerCase(Locale.ROOT));
        }
    }

    /** A row under the header, with the line it starts on (the header is line 1). */
    public record Row(int line, Header header, String[] cells) {

        /** The cell of the column, trimmed, or null when the column is absent or the cell empty. */
        public String get(String column) {
            Integer at = header.positions().get(column.toLowerCase(Locale.ROOT));
            if (at == null) {
                return null;
            }
            String cell = cells[at].trim();
            return cell.isEmpty() ? null : cell;
        }
    }

    /** What a reader does with the file: it sees the header first (and may refuse it), then each row. */
    public interface Rows {
        void header(Header header);

        void row(Row row);
    }

    /** Reads the file, UTF-8, through {@code rows}; a problem (400) names the line of anything malformed. */
    public static void read(InputStream body, Rows rows) {
        Reader reader = withoutByteOrderMark(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
        int line = 1;
        Header header = null;
        try (MappingIterator<String[]> records = MAPPER.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
            while (records.hasNextValue()) {
                String[] record = records.nextValue();
                int start = line;
                line = records.getCurrentLocation().getLineNr();
                if (record.length > MAX_COLUMNS) {
                    throw invalid(start, "has " + record.length + " fields; a file this import reads has at most "
                            + MAX_COLUMNS + " columns");
                }
                if (Arrays.stream(record).allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = header(record);
                    rows.header(header);
                } else if (record.length != header.names().size()) {
                    throw invalid(start, "has " + record.length + " fields; the header names "
                            + header.names().size() + " columns");
                } else {
                    rows.row(new Row(start, header, record));
                }
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw invalid(at, "is not CSV as RFC 4180 writes it: " + Problems.withoutInternals(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw ProblemException.invalid("file", "is empty; send a published file with its header row");
        }
    }

    /** The 400 for a malformed line. */
    public static ProblemException invalid(int line, String message) {
        return ProblemException.invalid(List.of(new FieldError("line " + line, message)));
    }

    private static Header header(String[] record) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < record.length; i++) {
            String name = record[i].trim();
            names.add(name);
            if (name.isEmpty()) {
                errors.add(new FieldError("line 1", "has no name for column " + (i + 1)));
            } else if (positions.putIfAbsent(name.toLowerCase(Locale.ROOT), i) != null) {
                errors.add(new FieldError("line 1", "names the column '" + name + "' twice"));
            }
        }
        Set<String> missing = new LinkedHashSet<>(MANDATORY);
        missing.removeAll(positions.keySet());
        if (!missing.isEmpty()) {
            errors.add(new FieldError("line 1", "lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + " that every file in the DfE's published format has"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Header(List.copyOf(names), Map.copyOf(positions));
    }

    private static Reader withoutByteOrderMark(BufferedReader reader) {
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
