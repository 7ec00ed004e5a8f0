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
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the merged document say what the gateway does. The services' contracts are merged in
 * (quarkus.smallrye-openapi.additional-docs-directory); this keeps only their paths the gateway
 * forwards (the routing table, tracker.gateway.routes.*), lets the gateway's own operations replace
 * theirs where paths meet (the services' /api/v1/timeline) without keeping their tags or a second
 * copy of the security requirement, and drops tags no operation uses any more.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ServiceContractsFilter implements OASFilter {

    /** The gateway's own operations, by path, and the one tag each is listed under. */
    static final Map<String, String> OWN = Map.of(
            "/api/v1/status", "Status",
            "/api/v1/recommendations/{ref}", "Traceability",
            "/api/v1/timeline", "Timeline",
            "/api/v1/integrity", "Integrity");

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
