package uk.csit.tracker.plan.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.plan.domain.Programme;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PriorityDto;

/**
 * Priorities as they stood at the end of a day, under the as-at rule of {@link AsOf}: a priority changed since is
 * taken as recorded before its first change after the day, and left out when that change made it. A plan has tens of
 * priorities, not thousands, so a list as at a day is put together and paged here rather than in SQL.
 */
@ApplicationScoped
public class PrioritiesAsOf {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    PlanService plans;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PriorityDto> priority(String ref, AsOf asOf) {
        Map<String, Optional<PriorityDto>> changed = changedSince(asOf);
        return changed.containsKey(ref) ? changed.get(ref) : plans.priority(ref);
    }

    /**
     * The priorities answering a recommendation, in a plan and in a programme (each null for any) at the end of a day,
     * by ref.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PriorityDto> priorities(String recommendationRef, String planRef, String programmeRef, PageRequest page,
            AsOf asOf) {
        Map<String, Optional<PriorityDto>> changed = changedSince(asOf);
        List<PriorityDto> all = new ArrayList<>();
        PageRequest each = PageRequest.first(PageParams.MAX_SIZE);
        Page<PriorityDto> now;
        do {
            now = plans.priorities(recommendationRef, planRef, programmeRef, each);
            now.items().stream().filter(p -> !changed.containsKey(p.ref())).forEach(all::add);
            each = new PageRequest(each.page() + 1, each.size());
        } while (now.hasNext());
        changed.values().stream().flatMap(Optional::stream)
                .filter(p -> recommendationRef == null || p.recommendationRefs().contains(recommendationRef))
                .filter(p -> planRef == null || planRef.equals(p.planRef()))
                .filter(p -> programmeRef == null || programmeRef.equals(p.programmeRef()))
                .forEach(all::add);
        all.sort(Comparator.comparing(PriorityDto::ref));
        int from = (int) Math.min(all.size(), page.offset());
        return Page.of(List.copyOf(all.subList(from, Math.min(all.size(), from + page.size()))), page, all.size());
    }

    /** Each priority changed since the day: as it was then, or empty when it did not exist then. */
    @SuppressWarnings("unchecked")
    private Map<String, Optional<PriorityDto>> changedSince(AsOf asOf) {
        List<Object[]> rows = em.createNativeQuery("select c.ref, cast(c.then as text) from "
                        + AsOf.changedSince(PlanService.PRIORITIES, ":cutoff") + " c")
                .setParameter("cutoff", Timestamp.from(asOf.cutoff())).getResultList();
        Map<String, Optional<PriorityDto>> changed = new HashMap<>();
        for (Object[] row : rows) {
            changed.put((String) row[0], Optional.ofNullable(row[1] == null ? null : read((String) row[1])));
        }
        return changed;
    }

    /** A priority from its recorded JSON (its version is read-only on the way in, so it is read here by hand). */
    private PriorityDto read(String recorded) {
        try {
            JsonNode p = json.readTree(recorded);
            if (!p.isObject()) {
                return null;
            }
            List<String> refs = StreamSupport.stream(p.path("recommendationRefs").spliterator(), false)
                    .map(JsonNode::asText).sorted().toList();
            // Recorded before programmes: every priority was in the one every database starts with.
            String programmeRef = p.hasNonNull("programmeRef") ? p.get("programmeRef").asText() : Programme.IMPROVEMENT;
            return new PriorityDto(p.path("ref").asText(), programmeRef, text(p, "planRef"), text(p, "title"),
                    text(p, "lead"),
                    text(p, "judgementArea"), refs, text(p, "source"),
                    p.hasNonNull("version") ? p.get("version").asLong() : null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A recorded priority is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
