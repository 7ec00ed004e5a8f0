package uk.csit.tracker.gateway.config;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import uk.csit.tracker.kit.openapi.ContractFilters;

/**
 * Makes the gateway's document the one contract: its own operations, and every operation of the three services that
 * it forwards, from the services' committed contracts. Each service's {@code openapi.json} is copied into the build
 * ({@code META-INF/openapi-services/<service>/openapi.json}, see the pom) and read here by its exact name, so that the
 * packaged jar builds the same document as the tests do. The services' paths the routing table sends them
 * ({@code tracker.gateway.routes.*}) are added, but not where the gateway has an operation of its own (the services'
 * timelines and change feeds); their schemas replace the gateway's reading of the same record (a consumer record named
 * like the service's schema, checked by ConsumerDtosTest), so that what the gateway passes on is described by the
 * service that owns it.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ContractFilters.MERGE)
public class ServiceContractsFilter implements OASFilter {

    /** The gateway's own operations, by path, and the one tag each is listed under. */
    static final Map<String, String> OWN = Map.of(
            "/api/v1/status", "Status",
            "/api/v1/recommendations/{ref}", "Traceability",
            "/api/v1/timeline", "Timeline",
            "/api/v1/integrity", "Integrity",
            "/api/v1/changes", "Changes",
            "/api/v1/webhooks", "Webhooks",
            "/api/v1/webhooks/event-types", "Webhooks",
            "/api/v1/webhooks/{id}", "Webhooks",
            "/api/v1/webhooks/{id}/deliveries", "Webhooks");

    static final String ROUTES = "tracker.gateway.routes.";
    static final String CONTRACTS = "META-INF/openapi-services/%s/openapi.json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, String> routes = routes();
        if (openAPI.getPaths() == null) {
            openAPI.setPaths(OASFactory.createPaths());
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, String> schemaOwners = new LinkedHashMap<>();
        for (String service : new TreeSet<>(routes.values())) {
            merge(openAPI, service, contract(service), routes, schemaOwners);
        }
    }

    private static void merge(OpenAPI gateway, String service, OpenAPI contract, Map<String, String> routes,
            Map<String, String> schemaOwners) {
        Set<String> usedTags = new HashSet<>();
        if (contract.getPaths() != null && contract.getPaths().getPathItems() != null) {
            contract.getPaths().getPathItems().forEach((path, item) -> {
                if (path.startsWith("/api/v1/") && service.equals(routes.get(firstSegment(path)))
                        && !OWN.containsKey(path)) {
                    gateway.getPaths().addPathItem(path, item);
                    item.getOperations().values().forEach(op -> {
                        if (op.getTags() != null) {
                            usedTags.addAll(op.getTags());
                        }
                    });
                }
            });
        }
        Components components = contract.getComponents();
        if (components != null && components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> {
                // The first service to describe a schema gives it (ContractTest holds the services to one meaning
                // for a name they share, such as Problem).
                if (schemaOwners.putIfAbsent(name, service) == null) {
                    gateway.getComponents().addSchema(name, schema);
                }
            });
        }
        if (contract.getTags() != null) {
            for (Tag tag : contract.getTags()) {
                boolean known = gateway.getTags() != null
                        && gateway.getTags().stream().anyMatch(t -> t.getName().equals(tag.getName()));
                if (usedTags.contains(tag.getName()) && !known) {
                    gateway.addTag(tag);
                }
            }
        }
    }

    /** A service's committed contract, as the build copied it. */
    static OpenAPI contract(String service) {
        String resource = CONTRACTS.formatted(service);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The " + service + " contract is not in the build at " + resource);
            }
            byte[] json = in.readAllBytes();
            return SmallRyeOpenAPI.builder()
                    .withCustomStaticFile(() -> new java.io.ByteArrayInputStream(json))
                    .enableModelReader(false)
                    .enableStandardStaticFiles(false)
                    .enableAnnotationScan(false)
                    .enableStandardFilter(false)
                    .build()
                    .model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String firstSegment(String path) {
        String rest = path.substring("/api/v1/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The routing table: a first path segment under /api/v1 to the service that owns it. */
    static Map<String, String> routes() {
        Config config = ConfigProvider.getConfig();
        Map<String, String> routes = new LinkedHashMap<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(ROUTES))
                .forEach(name -> routes.put(name.substring(ROUTES.length()), config.getValue(name, String.class)));
        return routes;
    }
}
