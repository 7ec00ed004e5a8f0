package uk.csit.tracker.gateway.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A form's fields and the errors found in them, to show again with the GOV.UK error summary. */
public record ProgressForm(String day, String month, String year, String narrative, String rag,
        String percentComplete, String idempotencyKey, List<FormError> errors) {

    public static ProgressForm blank(LocalDate today) {
        return new ProgressForm(Integer.toString(today.getDayOfMonth()), Integer.toString(today.getMonthValue()),
                Integer.toString(today.getYear()), "", "", "", UUID.randomUUID().toString(), List.of());
    }

    /** The RAGs a progress update may give, as the plan service takes them. */
    public List<String> ragOptions() {
        return List.of("RED", "AMBER", "GREEN", "COMPLETE");
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse("");
    }
}
