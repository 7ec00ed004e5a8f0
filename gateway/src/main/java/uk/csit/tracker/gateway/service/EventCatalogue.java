package uk.csit.tracker.gateway.service;

import java.util.List;
import java.util.Optional;

/**
 * Every kind of record whose changes the services record, and so every kind of change event: the collection that
 * names the event type ({@code uk.csit.tracker.<collection>.<created|updated>}), the service that holds it, the API
 * path of its records and the contract's schema of a record. A collection name is the path's own where the records
 * have a path of their own ({@code actions}: {@code /api/v1/actions/{ref}}); for records under another
 * ({@code board-meetings}: {@code /api/v1/boards/{ref}/meetings}) the path is given here, and in the contract, so that
 * nobody has to guess. The one list: subscriptions are checked against it, {@code GET /api/v1/webhooks/event-types}
 * lists it, and the contract's webhooks section is written from it.
 */
public final class EventCatalogue {

    /** One collection of records and what its events are. */
    public record Collection(String name, String service, String path, String schema, boolean updated,
            String description) {

        /** The event types of this collection, in the order created, updated. */
        public List<String> types() {
            return updated ? List.of(EventTypes.PREFIX + name + ".created", EventTypes.PREFIX + name + ".updated")
                    : List.of(EventTypes.PREFIX + name + ".created");
        }
    }

    public static final List<Collection> COLLECTIONS = List.of(
            new Collection("programmes", "plan", "/api/v1/programmes/{ref}", "Programme", true,
                    "A programme of work: the improvement plan, or a reform run beside it."),
            new Collection("plans", "plan", "/api/v1/plans/{ref}", "ImprovementPlan", true,
                    "A version of the improvement plan."),
            new Collection("priorities", "plan", "/api/v1/priorities/{ref}", "Priority", true,
                    "A priority (workstream) of the plan."),
            new Collection("actions", "plan", "/api/v1/actions/{ref}", "Action", true,
                    "An action; it is updated too when a progress update is added to it."),
            new Collection("progress-updates", "plan", "/api/v1/actions/{ref}/progress-updates", "ProgressUpdate", false,
                    "A progress update on an action; its entityRef is the action's ref, a slash and the update's number."),
            new Collection("milestones", "plan", "/api/v1/actions/{ref}/milestones", "Milestone", false,
                    "A milestone of an action; its entityRef is the action's ref, a slash and the milestone's id."),
            new Collection("boards", "plan", "/api/v1/boards/{ref}", "Board", false, "A board that oversees the plan."),
            new Collection("board-meetings", "plan", "/api/v1/boards/{ref}/meetings", "BoardMeeting", false,
                    "A meeting of a board; its entityRef is the meeting's ref."),
            new Collection("kpis", "plan", "/api/v1/kpis/{ref}", "Kpi", true,
                    "A KPI's definition; it is updated too when its latest value changes."),
            new Collection("kpi-values", "plan", "/api/v1/kpis/{ref}/values", "KpiValue", true,
                    "A value of a KPI; its entityRef is the KPI's code, a slash and the period's first day (with"
                    + " /published/ in place of the slash for a published figure, which a revised figure or a new"
                    + " neighbour model updates)."),
            new Collection("kpi-published-sources", "plan", "/api/v1/kpis/{ref}/published-source", "KpiPublishedSource",
                    true, "Which column of a published statistics file is a KPI; its entityRef is the KPI's code."),
            new Collection("inspections", "inspection", "/api/v1/inspections/{ref}", "Inspection", true,
                    "An Ofsted inspection or visit."),
            new Collection("judgements", "inspection", "/api/v1/inspections/{ref}/judgements/{area}", "Judgement", true,
                    "A judgement of an inspection; its entityRef is the inspection's ref, a slash and the area."),
            new Collection("findings", "inspection", "/api/v1/findings/{ref}", "Finding", true,
                    "A finding of an inspection or visit; a recommendation's change of status updates it."),
            new Collection("interventions", "inspection", "/api/v1/interventions/{ref}", "Intervention", true,
                    "A DfE intervention."),
            new Collection("dfe-reviews", "inspection", "/api/v1/dfe-reviews/{ref}", "DfeReview", false,
                    "A DfE review under an intervention."),
            new Collection("financial-years", "finance", "/api/v1/financial-years/{ref}", "FinancialYear", true,
                    "A financial year; closing or reopening a month updates it."),
            new Collection("funding-sources", "finance", "/api/v1/funding-sources", "FundingSource", false,
                    "A source of funding."),
            new Collection("allocations", "finance", "/api/v1/allocations/{ref}", "Allocation", true,
                    "An allocation of money; a variation of its amount updates it."),
            new Collection("spend", "finance", "/api/v1/spend/{ref}", "SpendEntry", false,
                    "A spend entry from the finance system; its entityRef is the entry's externalId."),
            new Collection("forecasts", "finance", "/api/v1/forecasts?allocation={ref}", "Forecast", false,
                    "A forecast outturn of an allocation for a month; its entityRef is the allocation's ref, a slash"
                            + " and the month."),
            new Collection("context-figures", "finance", "/api/v1/context-figures/{ref}", "ContextFigure", true,
                    "A figure that sets the money in context."));

    private EventCatalogue() {
    }

    public static Optional<Collection> collection(String name) {
        return COLLECTIONS.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
