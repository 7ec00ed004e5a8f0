package uk.csit.tracker.gateway.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.csit.tracker.kit.http.QueryValues;

/**
 * How the pages and the pack write values, in the GOV.UK style: money in pounds and pence, dates as "1 October
 * 2025", codes in words, RAG as a tag whose words carry the meaning (its colour never alone).
 */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(QueryValues.ENGLAND);

    private Formats() {
    }

    /** £16,000,000.00; a negative amount as -£250.00. */
    public static String gbp(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String digits = format.format(amount.abs().setScale(2, RoundingMode.HALF_EVEN));
        return (amount.signum() < 0 ? "-£" : "£") + digits;
    }

    /** A change of money with its sign: +£1,000.00, -£250.00, no change. */
    public static String gbpChange(BigDecimal amount) {
        if (amount.signum() == 0) {
            return "no change";
        }
        return (amount.signum() > 0 ? "+" : "") + gbp(amount);
    }

    /** A number as written in the source, without trailing zeros: 17.5, 16. */
    public static String figure(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public static String longDate(LocalDate day) {
        return DAY.format(day);
    }

    public static String longTime(Instant moment) {
        return MOMENT.format(moment);
    }

    /** OVERALL_EFFECTIVENESS as "Overall effectiveness", DFE_IMPROVEMENT_ADVISER as "DfE improvement adviser". */
    public static String words(String code) {
        StringBuilder out = new StringBuilder();
        for (String word : code.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            String written = ACRONYMS.getOrDefault(word, word.toLowerCase(Locale.UK));
            if (out.isEmpty() && !ACRONYMS.containsKey(word)) {
                written = Character.toUpperCase(written.charAt(0)) + written.substring(1);
            }
            out.append(out.isEmpty() ? "" : " ").append(written);
        }
        return out.toString();
    }

    /** Words of the regime written as its bodies write them. */
    private static final java.util.Map<String, String> ACRONYMS = java.util.Map.of("DFE", "DfE", "ILACS", "ILACS",
            "JTAI", "JTAI", "SEND", "SEND", "KPI", "KPI", "RAG", "RAG", "LA", "LA");

    /** The GOV.UK tag colour for a RAG or grade: the words beside it say the same. */
    public static String tagColour(String code) {
        return switch (code) {
            case "RED", "INADEQUATE", "OVERDUE" -> "govuk-tag--red";
            case "AMBER", "REQUIRES_IMPROVEMENT", "REQUIRES_IMPROVEMENT_TO_BE_GOOD" -> "govuk-tag--yellow";
            case "GREEN", "GOOD" -> "govuk-tag--green";
            case "COMPLETE", "OUTSTANDING" -> "govuk-tag--blue";
            default -> "govuk-tag--grey";
        };
    }

    /** A count's change with its sign: +2, -1, 0. */
    public static String signed(long change) {
        return change > 0 ? "+" + change : Long.toString(change);
    }
}
