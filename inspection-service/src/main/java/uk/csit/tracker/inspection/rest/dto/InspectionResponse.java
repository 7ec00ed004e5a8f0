package uk.csit.tracker.inspection.rest.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.DatePrecision;
import uk.csit.tracker.inspection.domain.InspectionType;

@Schema(name = "Inspection")
public record InspectionResponse(
        @Schema(example = "ILACS-2023") String ref,
        LocalAuthority localAuthority,
        InspectionType type,
        @Schema(description = "Whether this type of inspection gives grades.") boolean graded,
        LocalDate startDate,
        LocalDate endDate,
        DatePrecision datePrecision,
        LocalDate publishedDate,
        DatePrecision publishedDatePrecision,
        String reportUrl,
        List<String> focusAreas,
        String progressVerdict,
        String source,
        ActionPlanDeadlines actionPlanDeadlines,
        @Schema(example = "0") long version) {
}
