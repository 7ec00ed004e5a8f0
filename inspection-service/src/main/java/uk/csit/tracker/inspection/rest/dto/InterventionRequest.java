package uk.csit.tracker.inspection.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.DatePrecision;
import uk.csit.tracker.inspection.domain.InterventionStatus;
import uk.csit.tracker.inspection.domain.InterventionType;

@Schema(name = "InterventionRequest")
public record InterventionRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'")
        @Schema(example = "DFE-IN-2024") String ref,
        @NotNull @Schema(example = "IMPROVEMENT_NOTICE") InterventionType type,
        @Size(max = 300) @Schema(example = "Non-statutory improvement notice") String legalBasis,
        @NotNull @Schema(example = "2024-03-01") LocalDate issuedDate,
        @Schema(example = "MONTH") DatePrecision issuedDatePrecision,
        LocalDate liftedDate,
        @NotNull @Schema(example = "OPEN") InterventionStatus status,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> conditions,
        @Size(max = 20) List<@Valid @NotNull OversightRoleDto> oversight,
        @Size(max = 500) String source) {

    @AssertTrue(message = "must be given when, and only when, the status is LIFTED")
    boolean isLiftedDate() {
        return status == null || (status == InterventionStatus.LIFTED) == (liftedDate != null);
    }

    @AssertTrue(message = "must not be before issuedDate")
    boolean isLiftedDateAfterIssue() {
        return liftedDate == null || issuedDate == null || !liftedDate.isBefore(issuedDate);
    }
}
