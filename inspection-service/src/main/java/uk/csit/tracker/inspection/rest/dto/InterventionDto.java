package uk.csit.tracker.inspection.rest.dto;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
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

/** A DfE intervention, as it is read and written; its last review and next review due are read-only. */
@Schema(name = "Intervention", description = "A DfE intervention (an improvement notice or a statutory direction)."
        + " Send it back with PUT to change it, for example to lift it: the read-only fields are the service's own"
        + " and are ignored.")
public record InterventionDto(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'")
        @Schema(example = "DFE-IN-2024") String ref,
        @NotNull @Schema(example = "IMPROVEMENT_NOTICE") InterventionType type,
        @Size(max = 300) @Schema(example = "Non-statutory improvement notice") String legalBasis,
        @NotNull @Schema(example = "2024-03-01") LocalDate issuedDate,
        @Schema(example = "MONTH") DatePrecision issuedDatePrecision,
        @Schema(nullable = true) LocalDate liftedDate,
        @NotNull @Schema(example = "OPEN") InterventionStatus status,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> conditions,
        @Size(max = 20) List<@Valid @NotNull OversightRoleDto> oversight,
        @Size(max = 20) @Schema(description = "The reports the intervention requires, each with its due dates.")
        List<@Valid @NotNull ReportingDutyDto> reportingDuties,
        @JsonProperty(access = READ_ONLY) @Schema(description = "The latest DfE review under this intervention.",
                nullable = true) DfeReviewResponse lastReview,
        @JsonProperty(access = READ_ONLY) @Schema(description = "When the next DfE review is due: as the DfE set it at"
                + " the last review, else at the latest six months after it (or after the notice, before any review)."
                + " Null once lifted.", nullable = true) LocalDate nextReviewDue,
        @Size(max = 500) String source,
        @JsonProperty(access = READ_ONLY) @Schema(description = Versions.VERSION) Long version) {

    @AssertTrue(message = "must be given when, and only when, the status is LIFTED")
    boolean isLiftedDate() {
        return status == null || (status == InterventionStatus.LIFTED) == (liftedDate != null);
    }

    // A check, not a property: hidden, or the contract would offer a field the service refuses.
    @Schema(hidden = true)
    @AssertTrue(message = "must not be before issuedDate")
    boolean isLiftedDateAfterIssue() {
        return liftedDate == null || issuedDate == null || !liftedDate.isBefore(issuedDate);
    }
}
