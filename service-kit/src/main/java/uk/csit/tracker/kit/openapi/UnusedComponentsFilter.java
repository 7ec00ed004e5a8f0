package uk.csit.tracker.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Drops the components nothing in the document refers to: schemas the scanner made for a type only used
 * inside the service, and those the other filters have written out of the operations. An integrator's
 * generator would make a class of each.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ContractFilters.UNUSED_SCHEMAS)
public class UnusedComponentsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            return;
        }
        References used = new References();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(used::pathItem);
        }
        if (openAPI.getWebhooks() != null) {
            openAPI.getWebhooks().values().forEach(used::pathItem);
        }
        used.closeOver(components);
        if (components.getSchemas() != null) {
            List.copyOf(components.getSchemas().keySet()).stream().filter(name -> !used.schemas.contains(name))
                    .forEach(components::removeSchema);
        }
        if (components.getHeaders() != null) {
            List.copyOf(components.getHeaders().keySet()).stream().filter(name -> !used.headers.contains(name))
                    .forEach(components::removeHeader);
        }
        if (components.getParameters() != null) {
            List.copyOf(components.getParameters().keySet()).stream().filter(name -> !used.parameters.contains(name))
                    .forEach(components::removeParameter);
        }
    }

    /** The components a document refers to, directly or through other components. */
    static final class References {
        final Set<String> schemas = new HashSet<>();
        final Set<String> headers = new HashSet<>();
        final Set<String> parameters = new HashSet<>();
        private final Deque<String> schemasToVisit = new ArrayDeque<>();

        void pathItem(PathItem item) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(this::parameter);
            }
            item.getOperations().values().forEach(this::operation);
        }

        void operation(Operation operation) {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(this::parameter);
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(this::response);
            }
            if (operation.getCallbacks() != null) {
                operation.getCallbacks().values().forEach(callback -> {
                    if (callback.getPathItems() != null) {
                        callback.getPathItems().values().forEach(this::pathItem);
                    }
                });
            }
        }

        void parameter(Parameter parameter) {
            if (parameter.getRef() != null) {
                parameters.add(last(parameter.getRef()));
            }
            schema(parameter.getSchema());
            content(parameter.getContent());
        }

        void response(APIResponse response) {
            content(response.getContent());
            if (response.getHeaders() != null) {
                response.getHeaders().values().forEach(this::header);
            }
        }

        void header(Header header) {
            if (header.getRef() != null) {
                headers.add(last(header.getRef()));
            }
            schema(header.getSchema());
        }

        void content(Content content) {
            if (content != null && content.getMediaTypes() != null) {
                content.getMediaTypes().values().forEach(media -> schema(media.getSchema()));
            }
        }

        void schema(Schema schema) {
            if (schema == null) {
                return;
            }
            if (schema.getRef() != null) {
                String name = last(schema.getRef());
                if (schemas.add(name)) {
                    schemasToVisit.add(name);
                }
            }
            each(schema.getProperties() == null ? null : schema.getProperties().values());
            schema(schema.getItems());
            schema(schema.getAdditionalPropertiesSchema());
            schema(schema.getNot());
            each(schema.getAllOf());
            each(schema.getAnyOf());
            each(schema.getOneOf());
            each(schema.getPrefixItems());
        }

        private void each(Collection<Schema> many) {
            if (many != null) {
                many.forEach(this::schema);
            }
        }

        void closeOver(Components components) {
            Map<String, Parameter> declaredParameters = components.getParameters();
            if (declaredParameters != null) {
                parameters.stream().map(declaredParameters::get).filter(p -> p != null).toList()
                        .forEach(p -> schema(p.getSchema()));
            }
            Map<String, Header> declaredHeaders = components.getHeaders();
            if (declaredHeaders != null) {
                headers.stream().map(declaredHeaders::get).filter(h -> h != null).toList()
                        .forEach(h -> schema(h.getSchema()));
            }
            Map<String, Schema> declared = components.getSchemas();
            while (!schemasToVisit.isEmpty()) {
                Schema next = declared == null ? null : declared.get(schemasToVisit.poll());
                if (next != null) {
                    schema(next);
                }
            }
        }

        private static String last(String ref) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
    }
}
