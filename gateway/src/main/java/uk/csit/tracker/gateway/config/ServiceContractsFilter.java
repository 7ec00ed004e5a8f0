package uk.csit.tracker.gateway.config;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the merged document say what the gateway does. The services' contracts are merged in
 * (quarkus.smallrye-openapi.additional-docs-directory); this keeps only their paths the gateway
 * forwards (the routing table, tracker.gateway.routes.*), lets the gateway's own operations replace
 * theirs where paths meet (the services' /api/v1/timeline and /api/v1/changes) without keeping their tags or a second
 * copy of the security requirement, and drops tags no operation uses any more.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ServiceContractsFilter implements OASFilter {

    /** The gateway's own operations, by path, and the one tag each is listed under. */
    static final Map<String, String> OWN = Map.of(
            "/api/v1/status", "Status",
            "/api/v1/recommendations/{ref}", "Traceability",
            "/api/v1/timeline", "Timeline",
            "/api/v1/integrity", "Integrity",
            "/api/v1/changes", "Changes",
            "/api/v1/webhooks", "Webhooks",
            "/api/v1/webhooks/{id}", "Webhooks",
            "/api/v1/webhooks/{id}/deliveries", "Webhooks");

    static final String ROUTES = "tracker.gateway.routes.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> routed = routedSegments();
        for (String path : new ArrayList<>(openAPI.getPaths().getPathItems().keySet())) {
            if (OWN.containsKey(path)) {
                openAPI.getPaths().getPathItem(path).getOperations().values().forEach(op -> own(op, OWN.get(path)));
            } else if (path.startsWith("/api/v1/") && !routed.isEmpty() && !routed.contains(firstSegment(path))) {
                openAPI.getPaths().removePathItem(path);
            }
        }
        dropUnusedTags(openAPI);
        describePassedOnSections(openAPI);
    }

    /**
     * The sections of the gateway's answers that are the services' data passed on are described by
     * the services' own schemas (merged into this document), so that the contract says exactly what
     * they hold and follows the services as they grow: {gateway schema, property, service schema,
     * its property or "" for the whole schema, "[]" for an array of it}.
     */
    static final List<String[]> PASSED_ON = List.of(
            new String[] {"Status", "localAuthority", "InspectionSummary", "localAuthority"},
            new String[] {"Status", "currentJudgements", "InspectionSummary", "currentJudgements"},
            new String[] {"Status", "openIntervention", "InspectionSummary", "openIntervention"},
            new String[] {"Status", "recommendationsByStatus", "InspectionSummary", "recommendationsByStatus"},
            new String[] {"Status", "kpiHeadlines", "PlanSummary", "kpiHeadlines"},
            new String[] {"Status", "finance", "FinanceSummary", ""},
            new String[] {"StatusMonitoringVisits", "last", "InspectionSummary", "lastMonitoringVisit"},
            new String[] {"StatusMonitoringVisits", "next", "InspectionSummary", "nextMonitoringVisit"},
            new String[] {"StatusRecommendation", "plan", "PlanSummaryRecommendation", ""},
            new String[] {"StatusPlan", "plan", "PlanSummary", "plan"},
            new String[] {"StatusPlan", "byStatus", "PlanSummary", "byStatus"},
            new String[] {"StatusPlan", "byRag", "PlanSummary", "byRag"},
            new String[] {"StatusPlan", "priorities", "PlanSummary", "priorities"},
            new String[] {"RecommendationTrace", "recommendation", "Finding", ""},
            new String[] {"RecommendationTrace", "priorities", "Priority", "[]"},
            new String[] {"RecommendationTrace", "actions", "Action", "[]"},
            new String[] {"RecommendationTrace", "allocations", "Allocation", "[]"},
            new String[] {"RecommendationTrace", "laterMonitoringFindings", "Finding", "[]"});

    private static void describePassedOnSections(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String[] link : PASSED_ON) {
            Schema gateway = schemas.get(link[0]);
            Schema service = schemas.get(link[2]);
            if (gateway == null || service == null || gateway.getProperties() == null
                    || !gateway.getProperties().containsKey(link[1])) {
                continue;
            }
            Schema source;
            if (link[3].isEmpty()) {
                source = OASFactory.createSchema().ref(link[2]);
            } else if (link[3].equals("[]")) {
                source = OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(link[2]));
            } else if (service.getProperties() != null && service.getProperties().containsKey(link[3])) {
                source = service.getProperties().get(link[3]);
            } else {
                continue;
            }
            Schema old = gateway.getProperties().get(link[1]);
            boolean nullable = old.getType() != null && old.getType().contains(Schema.SchemaType.NULL)
                    || old.getAnyOf() != null && old.getAnyOf().stream()
                            .anyMatch(s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL));
            Schema replaced = OASFactory.createSchema().description(old.getDescription());
            boolean sourceNullable = source.getAnyOf() != null && source.getAnyOf().stream()
                    .anyMatch(s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL));
            if (sourceNullable) {
                replaced.anyOf(new ArrayList<>(source.getAnyOf()));
            } else if (nullable) {
                replaced.anyOf(new ArrayList<>(List.of(source,
                        OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
            } else {
                replaced.allOf(new ArrayList<>(List.of(source)));
            }
            gateway.addProperty(link[1], replaced);
        }
    }

    private static void own(Operation operation, String tag) {
        operation.setTags(new ArrayList<>(List.of(tag)));
        if (operation.getSecurity() != null) {
            Map<String, SecurityRequirement> distinct = new LinkedHashMap<>();
            operation.getSecurity().forEach(requirement -> distinct.putIfAbsent(
                    String.valueOf(requirement.getSchemes()), requirement));
            operation.setSecurity(new ArrayList<>(distinct.values()));
        }
    }

    private static void dropUnusedTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getTags() != null) {
                used.addAll(op.getTags());
            }
        }));
        List<Tag> kept = openAPI.getTags().stream().filter(tag -> used.contains(tag.getName())).toList();
        openAPI.setTags(new ArrayList<>(kept));
    }

    static String firstSegment(String path) {
        String rest = path.substring("/api/v1/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static Set<String> routedSegments() {
        Config config = ConfigProvider.getConfig();
        Set<String> segments = new HashSet<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(ROUTES))
                .forEach(name -> segments.add(name.substring(ROUTES.length())));
        return segments;
    }
}
