package uk.csit.tracker.plan.rest.dto;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.kit.privacy.PersonalData;
import uk.csit.tracker.plan.domain.ActionStatus;
import uk.csit.tracker.plan.domain.BoardType;
import uk.csit.tracker.plan.domain.DatePrecision;
import uk.csit.tracker.plan.domain.KpiBasis;
import uk.csit.tracker.plan.domain.KpiFrequency;
import uk.csit.tracker.plan.domain.KpiSource;
import uk.csit.tracker.plan.domain.PlanStatus;
import uk.csit.tracker.plan.domain.Polarity;
import uk.csit.tracker.plan.domain.ProgrammeKind;
import uk.csit.tracker.plan.domain.Rag;

/**
 * Over 300 lines: every body of the plan API, a record of a few lines each, in one place as the contract is read.
 *
 * The plan-service's request and response shapes. A resource that can be replaced (a plan, a priority, an action)
 * has one shape for reading and writing ({@code ...Dto}), so that a client can send back what it read: the
 * fields the service owns are read-only ({@code JsonProperty.Access.READ_ONLY}) and ignored in a request. Other resources are created from a
 * {@code ...Request} and read as a {@code ...Response}.
 */
public final class PlanDtos {

    private static final String REF = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final String REF_MESSAGE = "must be letters, digits, '.', '_' or '-'";

    /** What every version field says. */
    static final String VERSION = "Changes with every write; sent as the ETag, to be sent back in If-Match.";

    /** What a field naming a member of staff says. */
    static final String PERSONAL_DATA = "A member of staff's name is personal data: given only to callers whose role"
            + " may read history (ADVISOR, the editors, ADMIN), and left out for others.";

    /** What a plan's programmeRef says. */
    static final String PROGRAMME_OF_PLAN = "The programme it is a plan of. Left out: on a PUT the one it has, on a"
            + " POST IMPROVEMENT, the programme every database starts with. It cannot change while priorities belong"
            + " to the plan.";

    /** What a priority's programmeRef says. */
    static final String PROGRAMME_OF_PRIORITY = "The programme it belongs to, with its actions; with a plan, the"
            + " plan's programme. Left out: its plan's programme; without a plan, on a PUT the one it has, on a POST"
            + " IMPROVEMENT, the programme every database starts with.";

    private PlanDtos() {
    }

    @Schema(name = "Programme", description = "A programme of work with its own plans, priorities and actions: the"
            + " improvement plan answering Ofsted and the DfE, or a reform run beside it (such as the Families First"
            + " Partnership). Send it back with PUT to change it: the read-only fields are the service's own and are"
            + " ignored.")
    public record ProgrammeDto(
            @NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "FAMILIES-FIRST")
            String ref,
            @NotBlank @Size(max = 300) @Schema(example = "Families First Partnership") String title,
            @NotNull ProgrammeKind kind,
            @Size(max = 2000) String description,
            @Size(max = 200) @Schema(example = "Director of Children's Services") String lead,
            @Schema(description = "The day the programme began.") LocalDate startDate,
            @Size(max = 500) String source,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) Long version) {
    }

    @Schema(name = "ProgrammePage", description = "One page of programmes.")
    public record ProgrammePage(List<ProgrammeDto> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "2") long totalItems) {
    }

    @Schema(name = "ImprovementPlan", description = "A version of the improvement plan. Send it back with PUT to change"
            + " it: the read-only fields are the service's own and are ignored.")
    public record PlanDto(
            @NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "CSIP-2024") String ref,
            @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(description = PROGRAMME_OF_PLAN,
                    example = "IMPROVEMENT") String programmeRef,
            @NotBlank @Size(max = 300) @Schema(example = "Children's Services Improvement Plan") String title,
            @Size(max = 50) @Schema(example = "1.0") String planVersion,
            @NotNull PlanStatus status,
            @Size(max = 200) @Schema(example = "Cabinet") String approvedBy,
            LocalDate approvedDate,
            DatePrecision approvedDatePrecision,
            @Size(max = 50) @Schema(description = "The intervention it answers (its ref in inspection-service).",
                    example = "DFE-IN-2024") String interventionRef,
            LocalDate submittedToDfe,
            LocalDate submittedToOfsted,
            @Size(max = 500) String source,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) Long version) {

        @AssertTrue(message = "must be given when the plan is APPROVED")
        boolean isApprovedBy() {
            return status != PlanStatus.APPROVED || (approvedBy != null && !approvedBy.isBlank());
        }
    }

    @Schema(name = "Priority", description = "A priority (workstream) of the plan and the recommendations it answers."
            + " Send it back with PUT to change it: the read-only fields are the service's own and are ignored.")
    public record PriorityDto(
            @NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "P1") String ref,
            @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(description = PROGRAMME_OF_PRIORITY,
                    example = "IMPROVEMENT") String programmeRef,
            @Size(max = 50) @Schema(example = "CSIP-2024") String planRef,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 200) String lead,
            @Size(max = 60) @Schema(example = "HELP_AND_PROTECTION") String judgementArea,
            @Size(max = 20) @Schema(example = "[\"ILACS-2023-R1\"]")
            List<@NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) String> recommendationRefs,
            @Size(max = 500) String source,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) Long version) {
    }

    @Schema(name = "ActionOwner")
    public record Owner(@Size(max = 200) @Schema(example = "Head of Safeguarding") String name,
            @Size(max = 200) @Schema(example = "Specialist Safeguarding") String team) {
    }

    @Schema(name = "LatestProgress", description = "The action's newest progress update.")
    public record LatestProgress(LocalDate date,
            @PersonalData @Schema(description = "Who recorded it. " + PERSONAL_DATA) String author,
            String narrative, Rag rag, BigDecimal percentComplete) {
    }

    @Schema(name = "Action", description = "An action: what the council will do, who owns it, by when, and how it is"
            + " going. To revise the due date, send the new dueDate with revisedDueReason: the first due date is kept as"
            + " originalDueDate. Send it back with PUT to change it: the read-only fields are the service's own and are"
            + " ignored.")
    public record ActionDto(
            @NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "A-2.4") String ref,
            @NotBlank @Size(max = 50) @Schema(example = "P2") String priorityRef,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String description,
            @Valid Owner owner,
            @Schema(example = "2024-04-01") LocalDate startDate,
            @Schema(example = "2025-03-31") LocalDate dueDate,
            @JsonProperty(access = READ_ONLY) @Schema(description = "The first due date, kept when the date was revised.") LocalDate originalDueDate,
            @Size(max = 1000) @Schema(description = "Why the due date moved from the one before; needed with a new dueDate.")
            String revisedDueReason,
            @NotNull ActionStatus status,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percentComplete,
            @JsonProperty(access = READ_ONLY) @Schema(description = "The RAG in force: the officer's override where there is one, else the"
                    + " derived one.") Rag rag,
            @JsonProperty(access = READ_ONLY) @Schema(description = "From progress against time: expected progress runs linearly from start to"
                    + " due date; at least 90% of expected GREEN, 70-90% AMBER, below 70% or past due RED.") Rag derivedRag,
            @Schema(nullable = true, enumeration = {"RED", "AMBER", "GREEN"}, description = "An officer's RAG (RED, AMBER"
                    + " or GREEN) in place of the derived one; needs ragOverrideReason.") Rag ragOverride,
            @Size(max = 1000) String ragOverrideReason,
            @JsonProperty(access = READ_ONLY) @Schema(description = "Past its due date and not complete.") Boolean overdue,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> evidenceLinks,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> successMeasures,
            @Size(max = 50) List<@NotBlank @Size(max = 50) String> kpiCodes,
            @JsonProperty(access = READ_ONLY) @Schema(nullable = true) LatestProgress latestProgress,
            @Size(max = 500) String source,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) Long version) {

        /** An action as a client writes it: the fields the service owns left out. */
        public static ActionDto asWritten(String ref, String priorityRef, String title, String description, Owner owner,
                LocalDate startDate, LocalDate dueDate, String revisedDueReason, ActionStatus status,
                BigDecimal percentComplete, Rag ragOverride, String ragOverrideReason, List<String> evidenceLinks,
                List<String> successMeasures, List<String> kpiCodes, String source) {
            return new ActionDto(ref, priorityRef, title, description, owner, startDate, dueDate, null, revisedDueReason,
                    status, percentComplete, null, null, ragOverride, ragOverrideReason, null, evidenceLinks,
                    successMeasures, kpiCodes, null, source, null);
        }

        @AssertTrue(message = "must not be before startDate")
        boolean isDueDate() {
            return dueDate == null || startDate == null || !dueDate.isBefore(startDate);
        }

        @AssertTrue(message = "must be given with ragOverride, and only then")
        boolean isRagOverrideReason() {
            return (ragOverride == null) == (ragOverrideReason == null || ragOverrideReason.isBlank());
        }

        @AssertTrue(message = "can be RED, AMBER or GREEN")
        boolean isRagOverride() {
            return ragOverride == null || ragOverride == Rag.RED || ragOverride == Rag.AMBER || ragOverride == Rag.GREEN;
        }

        @AssertTrue(message = "can be 100 only when the status is COMPLETE")
        boolean isPercentComplete() {
            return percentComplete == null || status == ActionStatus.COMPLETE
                    || percentComplete.compareTo(BigDecimal.valueOf(100)) < 0;
        }
    }

    @Schema(name = "ActionPage", description = "One page of actions.")
    public record ActionPage(List<ActionDto> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "15") long totalItems) {
    }

    @Schema(name = "ImprovementPlanPage", description = "One page of plans.")
    public record PlanPage(List<PlanDto> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "1") long totalItems) {
    }

    @Schema(name = "PriorityPage", description = "One page of priorities.")
    public record PriorityPage(List<PriorityDto> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "6") long totalItems) {
    }

    @Schema(name = "ProgressUpdatePage", description = "One page of an action's progress updates, newest first.")
    public record ProgressUpdatePage(List<ProgressUpdateResponse> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "4") long totalItems) {
    }

    @Schema(name = "MilestoneList", description = "An action's milestones, by due date.")
    public record MilestoneList(List<MilestoneResponse> items) {
    }

    @Schema(name = "BoardPage", description = "One page of boards.")
    public record BoardPage(List<BoardResponse> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "3") long totalItems) {
    }

    @Schema(name = "BoardMeetingList", description = "A board's meetings, by date.")
    public record BoardMeetingList(List<BoardMeetingResponse> items) {
    }

    @Schema(name = "KpiPage", description = "One page of KPIs.")
    public record KpiPage(List<KpiResponse> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "10") long totalItems) {
    }

    @Schema(name = "PlanTimelinePage", description = "One page of the plan's timeline, in date order.")
    public record TimelinePage(List<TimelineEntry> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "12") long totalItems) {
    }

    @Schema(name = "ActionImportResult", description = "What an import of an action sheet did. Rows that say what the"
            + " action already says add nothing, so the same file imported twice changes nothing the second time.")
    public record ActionImportResult(
            @Schema(description = "Action rows read (the header and blank rows not counted).", example = "15") int rows,
            @Schema(description = "Actions created.", example = "3") int created,
            @Schema(description = "Existing actions replaced with the row's values.", example = "2") int updated,
            @Schema(description = "Rows that matched the action as it is.", example = "10") int unchanged) {
    }

    @Schema(name = "ProgressUpdateRequest", description = "The author is the authenticated caller.")
    public record ProgressUpdateRequest(
            @NotNull @Schema(example = "2025-09-30") LocalDate date,
            @NotBlank @Size(max = 4000) String narrative,
            @NotNull @Schema(enumeration = {"RED", "AMBER", "GREEN", "COMPLETE"}, description = "How the action stands:"
                    + " RED, AMBER, GREEN, or COMPLETE when this update completes it.") Rag rag,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percentComplete,
            @Schema(description = "A new status for the action, when it changes with this update.") ActionStatus status) {

        @AssertTrue(message = "can be RED, AMBER, GREEN or COMPLETE")
        boolean isRag() {
            return rag != Rag.NOT_ASSESSED;
        }
    }

    @Schema(name = "ProgressUpdate")
    public record ProgressUpdateResponse(
            @JsonProperty(access = READ_ONLY) @Schema(description = "The action it is about.", example = "A-2.4")
            String actionRef,
            LocalDate date,
            @JsonProperty(access = READ_ONLY) @PersonalData
            @Schema(description = "Who recorded it: the caller's token subject. " + PERSONAL_DATA) String author,
            String narrative, Rag rag, BigDecimal percentComplete,
            @JsonProperty(access = READ_ONLY) @Schema(description = "When it was recorded.") Instant recordedAt) {
    }

    @Schema(name = "MilestoneRequest")
    public record MilestoneRequest(@NotBlank @Size(max = 300) String title, @NotNull LocalDate dueDate,
            LocalDate completedDate) {
    }

    @Schema(name = "Milestone")
    public record MilestoneResponse(@JsonProperty(access = READ_ONLY) long id,
            @JsonProperty(access = READ_ONLY) String actionRef, String title, LocalDate dueDate, LocalDate completedDate) {
    }

    @Schema(name = "BoardRequest")
    public record BoardRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "OIB") String ref,
            @NotNull BoardType type,
            @NotBlank @Size(max = 300) String name,
            @Size(max = 200) String chair,
            @Size(max = 500) String source) {
    }

    @Schema(name = "Board")
    public record BoardResponse(String ref, BoardType type, String name, String chair, String source,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) long version) {
    }

    @Schema(name = "BoardMeetingRequest")
    public record BoardMeetingRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "OIB-2025-01") String ref,
            @NotNull LocalDate date,
            @Size(max = 8000) String decisions,
            @Size(max = 200) List<@NotBlank @Size(max = 50) String> actionsReviewed,
            @Size(max = 500) String source) {
    }

    @Schema(name = "BoardMeeting")
    public record BoardMeetingResponse(String ref, @JsonProperty(access = READ_ONLY) String boardRef,
            @JsonProperty(access = READ_ONLY) BoardType boardType, LocalDate date, String decisions,
            List<String> actionsReviewed, String source,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) long version) {
    }

    @Schema(name = "KpiRequest")
    public record KpiRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Z0-9_]+", message = "must be upper-case letters, digits and _")
            @Schema(example = "SW_CASELOAD") String code,
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 50) @Schema(example = "children per social worker") String unit,
            @NotNull Polarity polarity,
            @NotNull KpiFrequency frequency,
            @NotNull KpiSource source,
            @Digits(integer = 10, fraction = 4) BigDecimal target,
            @Size(max = 2000) String notes) {
    }

    @Schema(name = "Kpi")
    public record KpiResponse(String code, String name, String unit, Polarity polarity, KpiFrequency frequency,
            KpiSource source, BigDecimal target, String notes,
            @JsonProperty(access = READ_ONLY) @Schema(nullable = true, description = "The newest value, local or published.")
            KpiValueResponse latest,
            @JsonProperty(access = READ_ONLY) @Schema(nullable = true, description = "The newest published value, with"
                    + " its comparators.")
            KpiValueResponse latestPublished,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) long version) {
    }

    @Schema(name = "KpiValueRequest")
    public record KpiValueRequest(
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @NotBlank @Size(max = 30) @Schema(example = "2025-Q2") String periodLabel,
            @NotNull @Digits(integer = 10, fraction = 4) BigDecimal value,
            @Digits(integer = 10, fraction = 4) BigDecimal numerator,
            @Digits(integer = 10, fraction = 4) @DecimalMin(value = "0", inclusive = false) BigDecimal denominator,
            @Digits(integer = 10, fraction = 4) BigDecimal target,
            @Digits(integer = 10, fraction = 4) BigDecimal england,
            @Digits(integer = 10, fraction = 4) BigDecimal london,
            @Digits(integer = 10, fraction = 4) BigDecimal statisticalNeighbours,
            @Size(max = 500) String source) {

        @AssertTrue(message = "must not be before periodStart")
        boolean isPeriodEnd() {
            return periodEnd == null || periodStart == null || !periodEnd.isBefore(periodStart);
        }
    }

    @Schema(name = "KpiValue")
    public record KpiValueResponse(@JsonProperty(access = READ_ONLY) String kpiCode, LocalDate periodStart, LocalDate periodEnd, String periodLabel,
            @Schema(nullable = true, description = "Absent only for a published figure that is withheld (see withheld).")
            BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            @Schema(description = "The period's target, else the KPI's.") BigDecimal target,
            BigDecimal england, BigDecimal london, BigDecimal statisticalNeighbours,
            @JsonProperty(access = READ_ONLY) @Schema(nullable = true, description = "Against target, with the KPI's"
                    + " polarity: GREEN when met, AMBER within 10%, RED beyond; null without a target.") Rag rag,
            String source,
            @JsonProperty(access = READ_ONLY) @Schema(description = "LOCAL: the council's own management information,"
                    + " entered here; PUBLISHED: its row of a published statistics file, imported.") KpiBasis basis,
            @JsonProperty(access = READ_ONLY) @Schema(nullable = true, description = "A published figure that is"
                    + " withheld or does not exist has no value and the symbol the file gives, with its meaning.")
            Withheld withheld,
            @JsonProperty(access = READ_ONLY) @Schema(nullable = true, description = "For a published figure: England,"
                    + " the region, the statistical neighbours and the council's ranks, from the same file and period.")
            Comparators comparators) {
    }

    @Schema(name = "KpiValueWithheld", description = "Why a published figure has no value.")
    public record Withheld(@Schema(example = "c") String symbol,
            @Schema(example = "confidential: withheld to protect individuals") String meaning) {
    }

    @Schema(name = "KpiComparators", description = "How the council's published figure stands against others in the"
            + " same file and period. Ranks count 1 as the best by the KPI's polarity; equal figures share a rank;"
            + " withheld figures are shown but not ranked, nor counted in the median or mean.")
    public record Comparators(@Schema(example = "2025") String period,
            @Schema(example = "Department for Education, Children's social work workforce, 2025") String source,
            @Schema(nullable = true) BigDecimal england, @Schema(nullable = true, example = "E13000002") String regionCode,
            @Schema(nullable = true, example = "Outer London") String regionName,
            @Schema(nullable = true) BigDecimal region,
            @Schema(description = "The council's statistical neighbours (the DfE's model), nearest first.")
            List<NeighbourFigure> neighbours,
            @Schema(nullable = true) BigDecimal neighboursMedian, @Schema(nullable = true) BigDecimal neighboursMean,
            @Schema(nullable = true, description = "Among the council and its neighbours with a figure.")
            Integer rankAmongNeighbours, @Schema(description = "How many were ranked.") int rankedAmongNeighbours,
            @Schema(nullable = true, description = "1 for the best quarter of the council and its neighbours to 4 for"
                    + " the worst.", minimum = "1", maximum = "4") Integer quartileAmongNeighbours,
            @Schema(nullable = true, description = "Among every local authority with a figure.")
            Integer rankAmongLocalAuthorities, @Schema(description = "How many were ranked.") int rankedLocalAuthorities,
            @Schema(nullable = true, description = "1 for the best quarter of local authorities to 4 for the worst.",
                    minimum = "1", maximum = "4") Integer quartile) {
    }

    @Schema(name = "KpiNeighbourFigure", description = "A statistical neighbour's figure for the same period.")
    public record NeighbourFigure(@Schema(example = "1") int position, @Schema(example = "303") String laCode,
            @Schema(nullable = true, example = "Bexley") String name,
            @Schema(nullable = true, example = "Extremely close") String closeness,
            @Schema(nullable = true) BigDecimal value,
            @Schema(nullable = true, description = "The file's symbol where the figure is withheld.") String symbol) {
    }

    @Schema(name = "KpiValueSeries", description = "A KPI's values, by period.")
    public record KpiValueSeries(List<KpiValueResponse> items) {
    }

    @Schema(name = "PlanTimelineEntry")
    public record TimelineEntry(LocalDate date, @Schema(example = "BOARD_MEETING") String type, String ref, String title,
            String summary) {
    }

    @Schema(name = "PlanSummary", description = "Everything the gateway's status needs from the plan, in one call.")
    public record PlanSummary(Instant asAt,
            @Schema(nullable = true, description = "The newest approved plan: of the programme asked for, else of an"
                    + " INSPECTION_IMPROVEMENT programme.") PlanHeadline plan, long totalActions,
            Map<ActionStatus, Long> byStatus, Map<Rag, Long> byRag, long overdue,
            @Schema(description = "Each priority's roll-up, in ref order: every priority when there are at most 50,"
                    + " else the 50 most in need (RED, then AMBER, NOT_ASSESSED, no actions yet, GREEN, COMPLETE; the"
                    + " most overdue first among equals). The whole list is /api/v1/priorities.")
            List<PriorityRollup> priorities,
            @Schema(description = "How many priorities the plan has, listed or not.") long prioritiesTotal,
            @Schema(description = "A roll-up for each recommendation a priority answers, in ref order.")
            List<RecommendationRollup> recommendations, List<KpiHeadline> kpiHeadlines,
            @Schema(description = "The day this position is as at, when one was asked for (asOf); absent for now.")
            LocalDate asOf,
            @Schema(description = "Each programme's roll-up, in ref order (only the one asked for, with programme).")
            List<ProgrammeRollup> programmes) {
    }

    @Schema(name = "PlanSummaryProgramme")
    public record ProgrammeRollup(String ref, String title, ProgrammeKind kind,
            @Schema(nullable = true, description = "Its newest approved plan.") PlanHeadline plan,
            long prioritiesTotal, long totalActions, Map<Rag, Long> byRag, long overdue,
            @Schema(nullable = true) Rag rag) {
    }

    @Schema(name = "PlanSummaryPlan")
    public record PlanHeadline(String ref, String title, PlanStatus status, LocalDate approvedDate) {
    }

    @Schema(name = "PlanSummaryPriority")
    public record PriorityRollup(String ref, String programmeRef, String title, List<String> recommendationRefs,
            long totalActions,
            Map<Rag, Long> byRag, long overdue, @Schema(nullable = true) Rag rag) {
    }

    @Schema(name = "PlanSummaryRecommendation")
    public record RecommendationRollup(String recommendationRef, List<String> priorityRefs, long totalActions,
            Map<Rag, Long> byRag, long overdue, @Schema(nullable = true) Rag rag) {
    }

    @Schema(name = "PlanSummaryKpi")
    public record KpiHeadline(String code, String name, String unit, Polarity polarity, String latestPeriod,
            BigDecimal latestValue, BigDecimal target, @Schema(nullable = true) Rag rag,
            @Schema(nullable = true, description = "Whose the latest value is: the council's own (LOCAL) or published.")
            KpiBasis basis,
            @Schema(nullable = true, description = "Where the latest value comes from.") String source,
            @Schema(nullable = true, description = "The newest published value with England, the region and the"
                    + " neighbours beside it (the same as the latest when that is published).")
            KpiPublishedHeadline published) {
    }

    @Schema(name = "PlanSummaryKpiPublished")
    public record KpiPublishedHeadline(@Schema(example = "2025") String period,
            @Schema(nullable = true) BigDecimal value, @Schema(nullable = true) Withheld withheld,
            @Schema(nullable = true) Rag rag, String source, Comparators comparators) {
    }

    @Schema(name = "KpiPublishedSource", description = "Which column of a published statistics file (the DfE's tidy"
            + " format on Explore Education Statistics) is this KPI: the indicator column, on the rows whose filter"
            + " columns hold these values.")
    public record PublishedSourceDto(
            @NotBlank @Size(max = 300) @Schema(example = "Children's social work workforce") String publication,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*", message = "must be a column name:"
                    + " letters, digits and _") @Schema(example = "caseload_fte") String indicator,
            @Size(max = 10) @Schema(description = "Filter column to the value its rows must hold (compared whatever"
                    + " the case).", example = "{\"care_leaver_age\": \"17 to 18 years\"}")
            Map<@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*", message = "must be a column"
                    + " name: letters, digits and _") String, @NotBlank @Size(max = 200) String> filters,
            @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])", message = "must be a month and day, MM-DD")
            @Schema(description = "The month and day a reporting year ends (31 March unless given: 03-31; the"
                    + " workforce census: 09-30).", example = "09-30") String reportingYearEnds,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) Long version) {
    }

    @Schema(name = "PublishedStatisticsImport", description = "What an import of a published file did. Figures that"
            + " are as held change nothing, so the same file imported twice changes nothing the second time.")
    public record PublishedImportResult(@Schema(description = "Rows under the header.", example = "1463") int rows,
            @Schema(description = "The KPIs whose source is in the file.") List<String> kpis,
            @Schema(description = "Figures new to the tracker.") int added,
            @Schema(description = "Figures that replace a different one for the same geography and period; the"
                    + " replaced figure is kept, with its source.") int revised,
            @Schema(description = "Figures as already held.") int unchanged,
            @Schema(description = "Of the figures read, those the file withholds (a symbol, kept as such).")
            int withheld,
            @Schema(description = "Cells left empty: not published for that geography.") int empty,
            @Schema(description = "The council's values added or changed in the KPIs' series.") int councilValues) {
    }

    @Schema(name = "StatisticalNeighbourModelImport", description = "What an import of the neighbour model did.")
    public record NeighbourModelResult(@Schema(example = "153") int councils, @Schema(example = "1530") int neighbours,
            @Schema(description = "False when the model was as already held.") boolean changed) {
    }

    @Schema(name = "StatisticalNeighbours", description = "A council's statistical neighbours in the DfE's model,"
            + " nearest first.")
    public record StatisticalNeighbours(@Schema(example = "311") String laCode, @Schema(example = "Havering") String name,
            List<StatisticalNeighbour> neighbours) {
    }

    @Schema(name = "StatisticalNeighbour")
    public record StatisticalNeighbour(@Schema(example = "1") int position, @Schema(example = "303") String laCode,
            @Schema(nullable = true, example = "Bexley") String name,
            @Schema(nullable = true, example = "Extremely close") String closeness) {
    }
}
