package uk.csit.tracker.inspection.rest.dto;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.Grade;
import uk.csit.tracker.inspection.domain.InspectionFramework;
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.JudgementArea;

/** A grade for one area, as it is read and written; the inspection it came from is read-only. */
@Schema(name = "Judgement", description = "A grade for one area, with the inspection it came from. Send it back with"
        + " PUT to correct the grade: the read-only fields are the service's own and are ignored.")
public record JudgementDto(
        @NotNull @Schema(example = "HELP_AND_PROTECTION") JudgementArea area,
        @NotNull @Schema(example = "INADEQUATE") Grade grade,
        @JsonProperty(access = READ_ONLY) @Schema(example = "ILACS-2023") String inspectionRef,
        @JsonProperty(access = READ_ONLY) InspectionType inspectionType,
        @JsonProperty(access = READ_ONLY) @Schema(example = "2023-12-22") LocalDate inspectionEndDate,
        @JsonProperty(access = READ_ONLY) @Schema(example = "2024-02-01") LocalDate publishedDate,
        @JsonProperty(access = READ_ONLY) @Schema(description = "The Ofsted framework the inspection was made under"
                + " (by its type and the day it was judged): each has its own areas and words.", example = "ILACS_2023")
        InspectionFramework framework,
        @JsonProperty(access = READ_ONLY) @Schema(description = "The area in its framework's words.",
                example = "The experiences and progress of children who need help and protection") String areaWords,
        @JsonProperty(access = READ_ONLY) @Schema(description = "The grade in its framework's words.",
                example = "Requires improvement to be good") String gradeWords) {

    /** A judgement as a client writes it. */
    public static JudgementDto of(JudgementArea area, Grade grade) {
        return new JudgementDto(area, grade, null, null, null, null, null, null, null);
    }
}
