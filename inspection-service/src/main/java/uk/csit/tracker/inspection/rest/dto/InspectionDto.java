package uk.csit.tracker.inspection.rest.dto;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;
import static com.fasterxml.jackson.annotation.JsonProperty.Access.WRITE_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.DatePrecision;
import uk.csit.tracker.inspection.domain.InspectionType;

/**
 * An inspection or visit, as it is read and written: send back what you read with PUT to change it. The council is
 * read as {@code localAuthority} and written, when it is not the configured one, as {@code localAuthorityName} and
 * {@code localAuthorityOnsCode}.
 */
@Schema(name = "Inspection", description = "An Ofsted inspection or visit. Send it back with PUT to change it: the"
        + " read-only fields are the service's own and are ignored.")
public record InspectionDto(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'")
        @Schema(example = "ILACS-2023") String ref,
        @JsonProperty(access = READ_ONLY) LocalAuthority localAuthority,
        @NotNull @Schema(example = "ILACS_STANDARD") InspectionType type,
        @JsonProperty(access = READ_ONLY) @Schema(description = "Whether this type of inspection gives grades.")
        Boolean graded,
        @NotNull @Schema(example = "2023-12-11") LocalDate startDate,
        @Schema(example = "2023-12-22", nullable = true) LocalDate endDate,
        @Schema(description = "How exactly the dates are known; DAY when omitted.", example = "DAY") DatePrecision datePrecision,
        @Schema(example = "2024-02-01", nullable = true) LocalDate publishedDate,
        @Schema(example = "MONTH", nullable = true) DatePrecision publishedDatePrecision,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://reports.ofsted.gov.uk/provider/44/80505") String reportUrl,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> focusAreas,
        @Size(max = 300) @Schema(description = "Monitoring visits: progress in words.", example = "good progress") String progressVerdict,
        @Size(max = 500) @Schema(example = "Ofsted ILACS report, published February 2024") String source,
        @JsonProperty(access = READ_ONLY) ActionPlanDeadlines actionPlanDeadlines,
        @JsonProperty(access = READ_ONLY) @Schema(description = Versions.VERSION) Long version,
        @JsonProperty(access = WRITE_ONLY) @Size(max = 200) @Schema(description = "The council inspected, when it is"
                + " not the configured one (read back as localAuthority). On a new inspection it defaults to the"
                + " configured council; on PUT, left out, the inspection keeps its council.") String localAuthorityName,
        @JsonProperty(access = WRITE_ONLY)
        @Pattern(regexp = "E0[6-9]\\d{6}", message = "must be an ONS local authority code such as E09000016")
        @Schema(example = "E09000016", description = "The ONS code of localAuthorityName.") String localAuthorityOnsCode) {

    @AssertTrue(message = "must not be before startDate")
    boolean isEndDate() {
        return endDate == null || startDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "must not be before startDate")
    boolean isPublishedDate() {
        return publishedDate == null || startDate == null || !publishedDate.isBefore(startDate);
    }

    @AssertTrue(message = "is given only for monitoring visits")
    boolean isProgressVerdict() {
        return progressVerdict == null || type == null || type == InspectionType.MONITORING_VISIT;
    }
}
