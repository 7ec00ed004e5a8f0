package uk.csit.tracker.inspection.rest.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.DatePrecision;

@Schema(name = "InspectionTimelineEntry")
public record TimelineEntry(
        LocalDate date,
        @Schema(nullable = true) LocalDate endDate,
        DatePrecision datePrecision,
        @Schema(description = "INSPECTION, MONITORING_VISIT, FOCUSED_VISIT, JTAI, REPORT_PUBLISHED, INTERVENTION,"
                + " INTERVENTION_LIFTED, DFE_REVIEW or REPORT_DUE (a report an intervention requires; its ref is the"
                + " intervention's).", example = "MONITORING_VISIT") String type,
        @Schema(example = "MV-2025-09") String ref,
        @Schema(example = "Ofsted monitoring visit") String title,
        @Schema(nullable = true, example = "good progress") String summary) {
}
