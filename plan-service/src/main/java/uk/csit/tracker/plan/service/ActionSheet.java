package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.csit.tracker.kit.csv.CsvFiles;
import uk.csit.tracker.kit.csv.SheetHeader;
import uk.csit.tracker.kit.csv.SheetRow;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.ActionStatus;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ActionDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.Owner;

/**
 * Over 300 lines: the export's columns and the import's reading of them are one format, kept side by side.
 *
 * The action list as a spreadsheet, both ways. The export has one row per action with every field,
 * derived ones included; the same file (or a council's own sheet with at least the required columns)
 * can be sent back to the import. Dates are YYYY-MM-DD (DD/MM/YYYY is read too), percentages are
 * numbers from 0 to 100 (a trailing % is allowed), statuses and RAGs are the API's names (any case,
 * spaces for underscores), and list cells (evidence links, success measures, KPI codes) hold one
 * entry per line.
 */
@ApplicationScoped
public class ActionSheet {

    public static final String REF = "Ref";
    public static final String PRIORITY_REF = "Priority ref";
    public static final String TITLE = "Title";
    public static final String DESCRIPTION = "Description";
    public static final String OWNER_NAME = "Owner name";
    public static final String OWNER_TEAM = "Owner team";
    public static final String START_DATE = "Start date";
    public static final String DUE_DATE = "Due date";
    public static final String ORIGINAL_DUE_DATE = "Original due date";
    public static final String REVISED_DUE_REASON = "Revised due reason";
    public static final String STATUS = "Status";
    public static final String PERCENT_COMPLETE = "Percent complete";
    public static final String RAG = "RAG";
    public static final String DERIVED_RAG = "Derived RAG";
    public static final String RAG_OVERRIDE = "RAG override";
    public static final String RAG_OVERRIDE_REASON = "RAG override reason";
    public static final String OVERDUE = "Overdue";
    public static final String LATEST_PROGRESS_DATE = "Latest progress date";
    public static final String LATEST_PROGRESS = "Latest progress";
    public static final String EVIDENCE_LINKS = "Evidence links";
    public static final String SUCCESS_MEASURES = "Success measures";
    public static final String KPI_CODES = "KPI codes";
    public static final String SOURCE = "Source";
    public static final String VERSION = "Version";

    /** The export's columns, in order; every one of them is accepted by the import. */
    public static final List<String> COLUMNS = List.of(REF, PRIORITY_REF, TITLE, DESCRIPTION, OWNER_NAME, OWNER_TEAM,
            START_DATE, DUE_DATE, ORIGINAL_DUE_DATE, REVISED_DUE_REASON, STATUS, PERCENT_COMPLETE, RAG, DERIVED_RAG,
            RAG_OVERRIDE, RAG_OVERRIDE_REASON, OVERDUE, LATEST_PROGRESS_DATE, LATEST_PROGRESS, EVIDENCE_LINKS,
            SUCCESS_MEASURES, KPI_CODES, SOURCE, VERSION);

    /** The columns an import must have. */
    public static final List<String> REQUIRED = List.of(REF, PRIORITY_REF, TITLE, STATUS);

    /** Columns the service works out itself: read in an exported file, and ignored. */
    public static final List<String> DERIVED = List.of(ORIGINAL_DUE_DATE, RAG, DERIVED_RAG, OVERDUE,
            LATEST_PROGRESS_DATE, LATEST_PROGRESS);

    /** The request field each column fills, for naming the column of a rule a row breaks. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("ref", REF),
            Map.entry("priorityRef", PRIORITY_REF), Map.entry("title", TITLE), Map.entry("description", DESCRIPTION),
            Map.entry("owner.name", OWNER_NAME), Map.entry("owner.team", OWNER_TEAM),
            Map.entry("startDate", START_DATE), Map.entry("dueDate", DUE_DATE),
            Map.entry("revisedDueReason", REVISED_DUE_REASON), Map.entry("status", STATUS),
            Map.entry("percentComplete", PERCENT_COMPLETE), Map.entry("ragOverride", RAG_OVERRIDE),
            Map.entry("ragOverrideReason", RAG_OVERRIDE_REASON), Map.entry("evidenceLinks", EVIDENCE_LINKS),
            Map.entry("successMeasures", SUCCESS_MEASURES), Map.entry("kpiCodes", KPI_CODES),
            Map.entry("source", SOURCE));

    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d+)?%?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Inject
    Validator validator;

    // ---- export

    public String csv(List<ActionDto> actions) {
        List<String[]> rows = new ArrayList<>(actions.size());
        for (ActionDto a : actions) {
            rows.add(new String[] {a.ref(), a.priorityRef(), a.title(), a.description(),
                    a.owner() == null ? null : a.owner().name(), a.owner() == null ? null : a.owner().team(),
                    text(a.startDate()), text(a.dueDate()), text(a.originalDueDate()), a.revisedDueReason(),
                    a.status().name(), a.percentComplete().toPlainString(), a.rag().name(), a.derivedRag().name(),
                    a.ragOverride() == null ? null : a.ragOverride().name(), a.ragOverrideReason(),
                    a.overdue() ? "true" : "false",
                    a.latestProgress() == null ? null : text(a.latestProgress().date()),
                    a.latestProgress() == null ? null : a.latestProgress().narrative(),
                    String.join("\n", a.evidenceLinks()), String.join("\n", a.successMeasures()),
                    String.join("\n", a.kpiCodes()), a.source(), Long.toString(a.version())});
        }
        return CsvFiles.write(COLUMNS, rows);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    // ---- import

    /**
     * Each row under the header as the action it describes, or the reasons it describes none. A row
     * for an action that exists starts from the action as it is, so a column the file leaves out
     * keeps its value; a new action takes the API's defaults for such a column.
     *
     * @param rows the file's non-blank rows, its header first
     * @param current the action a ref names now, as PUT would take it back
     * @param checkWidth true for CSV, where a line with more or fewer fields than the header is malformed
     */
    public List<ActionImportRow> parse(List<SheetRow> rows, Function<String, Optional<ActionDto>> current,
            boolean checkWidth) {
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "is empty; send the actions with a header row naming at least "
                    + String.join(", ", REQUIRED));
        }
        SheetHeader header = SheetHeader.of(rows.get(0), COLUMNS, REQUIRED);
        if (rows.size() == 1) {
            throw ProblemException.invalid("file", "has no actions under its header row");
        }
        List<ActionImportRow> parsed = new ArrayList<>(rows.size() - 1);
        for (SheetRow row : rows.subList(1, rows.size())) {
            if (checkWidth && row.cells().size() != header.width()) {
                parsed.add(new ActionImportRow(row.line(), null, null, List.of(new FieldError(field(row.line(), null),
                        "has " + row.cells().size() + " fields where the header names " + header.width()))));
                continue;
            }
            if (row.cells().size() > header.width()) {
                parsed.add(new ActionImportRow(row.line(), null, null, List.of(new FieldError(field(row.line(), null),
                        "has a value right of the header's last column; every value needs a column the header"
                                + " names"))));
                continue;
            }
            parsed.add(row(header, row, current));
        }
        return parsed;
    }

    /** The refs a sheet's rows name (none for a sheet without rows; a header parse would refuse is refused here). */
    public java.util.Set<String> refs(List<SheetRow> rows) {
        java.util.Set<String> refs = new java.util.HashSet<>();
        if (rows.size() > 1) {
            SheetHeader header = SheetHeader.of(rows.get(0), COLUMNS, REQUIRED);
            for (SheetRow row : rows.subList(1, rows.size())) {
                String ref = header.value(row, REF);
                if (ref != null) {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }

    private ActionImportRow row(SheetHeader header, SheetRow row, Function<String, Optional<ActionDto>> current) {
        Cells cells = new Cells(header, row);
        String ref = header.value(row, REF);
        ActionDto base = ref == null ? null : current.apply(ref).orElse(null);
        Owner baseOwner = base == null ? null : base.owner();
        String ownerName = cells.text(OWNER_NAME, baseOwner == null ? null : baseOwner.name());
        String ownerTeam = cells.text(OWNER_TEAM, baseOwner == null ? null : baseOwner.team());
        ActionDto request = ActionDto.asWritten(ref,
                cells.text(PRIORITY_REF, null),
                cells.text(TITLE, null),
                cells.text(DESCRIPTION, base == null ? null : base.description()),
                ownerName == null && ownerTeam == null ? null : new Owner(ownerName, ownerTeam),
                cells.date(START_DATE, base == null ? null : base.startDate()),
                cells.date(DUE_DATE, base == null ? null : base.dueDate()),
                cells.text(REVISED_DUE_REASON, base == null ? null : base.revisedDueReason()),
                cells.choice(STATUS, ActionStatus.class, null),
                cells.percent(PERCENT_COMPLETE, base == null ? null : base.percentComplete()),
                cells.choice(RAG_OVERRIDE, Rag.class, base == null ? null : base.ragOverride()),
                cells.text(RAG_OVERRIDE_REASON, base == null ? null : base.ragOverrideReason()),
                cells.list(EVIDENCE_LINKS, base == null ? null : base.evidenceLinks()),
                cells.list(SUCCESS_MEASURES, base == null ? null : base.successMeasures()),
                cells.list(KPI_CODES, base == null ? null : base.kpiCodes()),
                cells.text(SOURCE, base == null ? null : base.source()));
        Long version = cells.version();
        for (ConstraintViolation<ActionDto> violation : validator.validate(request)) {
            String path = violation.getPropertyPath().toString().replaceAll("\\[\\d+]", "").replaceAll("<.*>", "");
            String column = COLUMN_OF_FIELD.get(path);
            if (column == null || !cells.unreadable.contains(column)) {
                cells.errors.add(new FieldError(field(row.line(), column == null ? path : column), violation.getMessage()));
            }
        }
        List<FieldError> errors = cells.errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
        return new ActionImportRow(row.line(), errors.isEmpty() ? request : null, version, errors);
    }

    /** The column a request field is read from, or the field's own name when no column fills it. */
    public static String columnOf(String field) {
        return field == null ? null : COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    /** The field of an error: {@code line N, Column}, or only the line. */
    public static String field(int line, String column) {
        return column == null ? "line " + line : "line " + line + ", " + column;
    }

    /** One row's cells, read by column into typed values, collecting what cannot be read. */
    private static final class Cells {
        final SheetHeader header;
        final SheetRow row;
        final List<FieldError> errors = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();

        Cells(SheetHeader header, SheetRow row) {
            this.header = header;
            this.row = row;
        }

        /** The cell's text; the fallback when the file has no such column. An empty cell is null. */
        String text(String column, String fallback) {
            return header.has(column) ? header.value(row, column) : fallback;
        }

        LocalDate date(String column, LocalDate fallback) {
            if (!header.has(column)) {
                return fallback;
            }
            String text = header.value(row, column);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(text, UK_DATE);
                } catch (DateTimeParseException e2) {
                    return bad(column, "'" + text + "' is not a date: write it like 2025-03-31 (or 31/03/2025)");
                }
            }
        }

        BigDecimal percent(String column, BigDecimal fallback) {
            if (!header.has(column)) {
                return fallback;
            }
            String text = header.value(row, column);
            if (text == null) {
                return null;
            }
            if (!PERCENT.matcher(text).matches()) {
                return bad(column, "'" + text + "' is not a percentage: write a number from 0 to 100, like 45 or 62.5");
            }
            BigDecimal value = new BigDecimal(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
            if (value.scale() > 2) {
                return bad(column, "'" + text + "' has more than two decimals");
            }
            return value.setScale(2, RoundingMode.UNNECESSARY);
        }

        <E extends Enum<E>> E choice(String column, Class<E> type, E fallback) {
            if (!header.has(column)) {
                return fallback;
            }
            String text = header.value(row, column);
            if (text == null) {
                return null;
            }
            String name = text.trim().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            return bad(column, "'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).toList());
        }

        List<String> list(String column, List<String> fallback) {
            if (!header.has(column)) {
                return fallback;
            }
            String text = header.value(row, column);
            return text == null ? List.of()
                    : Arrays.stream(text.split("\\r?\\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        Long version() {
            String text = header.value(row, VERSION);
            if (text == null) {
                return null;
            }
            if (!WHOLE.matcher(text).matches()) {
                return bad(VERSION, "'" + text + "' is not a version: leave the number the export gave, or empty");
            }
            return Long.parseLong(text);
        }

        private <T> T bad(String column, String message) {
            unreadable.add(column);
            errors.add(new FieldError(field(row.line(), column), message));
            return null;
        }
    }
}
