package uk.csit.tracker.plan.service;

import java.util.List;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ActionDto;

/**
 * One row of an imported action sheet: the action it describes and, when the row came from an
 * export, the version it was exported at; or the reasons it describes none.
 */
public record ActionImportRow(int line, ActionDto request, Long version, List<FieldError> errors) {

    public ActionImportRow {
        errors = List.copyOf(errors);
    }
}
