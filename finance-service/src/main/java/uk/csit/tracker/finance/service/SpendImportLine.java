package uk.csit.tracker.finance.service;

import java.util.List;
import java.util.Map;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SpendRequest;
import uk.csit.tracker.kit.problem.FieldError;

/**
 * One line of a finance-system extract: the spend line it gives, or why it cannot give one. An
 * error's field is {@code line N, Column}, N counted in the file as an editor counts it (the
 * header is line 1).
 */
public record SpendImportLine(int line, SpendRequest request, List<FieldError> errors) {

    /** The extract's columns, by the name of the request field each one fills. */
    public static final Map<String, String> COLUMNS = Map.of(
            "externalId", SpendCsv.TRANSACTION_NUMBER,
            "allocationRef", SpendCsv.ALLOCATION_REF,
            "date", SpendCsv.DATE,
            "amountGbp", SpendCsv.AMOUNT,
            "description", SpendCsv.DESCRIPTION,
            "supplier", SpendCsv.SUPPLIER,
            "reversesExternalId", SpendCsv.REVERSES);

    public SpendImportLine {
        errors = List.copyOf(errors);
    }

    /** The field of an error on this line: its line and, where there is one, the column. */
    public static String field(int line, String requestField) {
        String column = requestField == null ? null : COLUMNS.getOrDefault(requestField, requestField);
        return column == null ? "line " + line : "line " + line + ", " + column;
    }
}
