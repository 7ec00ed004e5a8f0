package uk.csit.tracker.gateway.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the items of a service's list answer into the gateway's consumer DTOs. */
@ApplicationScoped
public class ConsumerMapping {

    @Inject
    ObjectMapper mapper;

    /**
     * The {@code items} of a list answer as {@code type}, or empty when the answer does not have the
     * shape the contract promises (then the source counts as unavailable: it answered nonsense).
     */
    public <T> Optional<List<T>> items(JsonNode answer, Class<T> type) {
        JsonNode items = answer == null ? null : answer.get("items");
        if (items == null || !items.isArray()) {
            return Optional.empty();
        }
        List<T> out = new ArrayList<>(items.size());
        try {
            for (JsonNode item : items) {
                if (!item.isObject()) {
                    return Optional.empty();
                }
                out.add(mapper.treeToValue(item, type));
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(out);
    }
}
