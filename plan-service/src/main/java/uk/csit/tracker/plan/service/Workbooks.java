package uk.csit.tracker.plan.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.csit.tracker.kit.csv.SheetRow;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * Reads the first worksheet of an Excel workbook (XLSX, through Apache POI) into rows of text, as a
 * CSV file of the same sheet would read: a date cell becomes YYYY-MM-DD, a number its shortest
 * decimal text, a formula its last calculated value. Line numbers are the sheet's row numbers.
 */
public final class Workbooks {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    public static List<SheetRow> firstSheet(byte[] xlsx, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw ProblemException.invalid("file", "is a workbook without a worksheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > maxRows) {
                throw ProblemException.invalid("file", "has " + sheet.getLastRowNum() + " rows under its header;"
                        + " send at most " + maxRows + " at a time");
            }
            List<SheetRow> rows = new ArrayList<>();
            int width = 0;
            for (Row row : sheet) {
                width = Math.max(width, row.getLastCellNum());
                List<String> cells = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    cells.add(text(row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL)));
                }
                SheetRow read = new SheetRow(row.getRowNum() + 1, cells);
                if (!read.isBlank()) {
                    rows.add(read);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            String why = e instanceof EncryptedDocumentException ? "is protected with a password; save it without one"
                    : "is not an Excel workbook (XLSX) that can be read: " + e.getMessage();
            throw ProblemException.invalid("file", why);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
