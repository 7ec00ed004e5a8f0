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
                + " INTERVENTION_LIFTED or DFE_REVIEW.", example = "MONITORING_VISIT") String type,
        @Schema(example = "MV-2025-09") String ref,
        @Schema(example = "Ofsted monitoring visit") String title,
        @Schema(nullable = true, example = "good progress") String summary) {
}
