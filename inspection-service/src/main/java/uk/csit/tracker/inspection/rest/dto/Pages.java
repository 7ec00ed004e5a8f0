package uk.csit.tracker.inspection.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How each list of the inspection service is described in the contract: a named page (or list) schema each, so that
 * a generated client has one type per list. The answers are {@code Page}s of these items.
 */
public final class Pages {

    private Pages() {
    }

    @Schema(name = "InspectionPage", description = "One page of inspections and visits.")
    public record InspectionPage(List<InspectionDto> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "5") long totalItems) {
    }

    @Schema(name = "FindingPage", description = "One page of findings.")
    public record FindingPage(List<FindingDto> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "12") long totalItems) {
    }

    @Schema(name = "JudgementPage", description = "One page of judgements.")
    public record JudgementPage(List<JudgementDto> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "9") long totalItems) {
    }

    @Schema(name = "JudgementList", description = "Judgements, one per area.")
    public record JudgementList(List<JudgementDto> items) {
    }

    @Schema(name = "InterventionPage", description = "One page of interventions.")
    public record InterventionPage(List<InterventionDto> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "1") long totalItems) {
    }

    @Schema(name = "DfeReviewPage", description = "One page of DfE reviews.")
    public record DfeReviewPage(List<DfeReviewResponse> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "2") long totalItems) {
    }

    @Schema(name = "InspectionTimelinePage", description = "One page of the inspection timeline, in date order.")
    public record TimelinePage(List<TimelineEntry> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "14") long totalItems) {
    }
}
