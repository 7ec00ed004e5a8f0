package uk.csit.tracker.inspection.rest.dto;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.OversightRoleType;

@Schema(name = "OversightRole", description = "Someone appointed to oversee the intervention. The name is personal data"
        + " and may be unknown (null).")
public record OversightRoleDto(
        @NotNull @Schema(example = "DFE_IMPROVEMENT_ADVISER") OversightRoleType role,
        @Size(max = 200) @Schema(nullable = true) String name,
        @Schema(example = "2024-03-01", nullable = true) LocalDate fromDate,
        @Schema(nullable = true) LocalDate toDate) {

    @AssertTrue(message = "must not be before fromDate")
    boolean isToDate() {
        return toDate == null || fromDate == null || !toDate.isBefore(fromDate);
    }
}
