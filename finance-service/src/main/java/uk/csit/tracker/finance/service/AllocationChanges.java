package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.AllocationResponse;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;

/**
 * An allocation shows its spend, forecast outturn and variance: a write of spend or a forecast changes the
 * allocation, and the change feed says so, once per allocation however many lines the write holds.
 */
@ApplicationScoped
public class AllocationChanges {

    @Inject
    EntityManager em;

    @Inject
    AllocationReads reads;

    @Inject
    ChangeRecorder changes;

    /** The allocations one write touches, each as it was before the write first touched it. */
    public final class Touched {

        private final Map<Long, AllocationResponse> before = new LinkedHashMap<>();

        public void note(Allocation allocation) {
            before.computeIfAbsent(allocation.id, id -> reads.response(allocation));
        }

        /** Records, for each allocation touched, its change if the write changed how it reads. */
        public void record() {
            if (before.isEmpty()) {
                return;
            }
            em.flush();
            List<Allocation> touched = Allocation.list("id in ?1", before.keySet());
            List<AllocationResponse> read = reads.responses(touched);
            Map<Long, AllocationResponse> now = new HashMap<>();
            for (int i = 0; i < touched.size(); i++) {
                now.put(touched.get(i).id, read.get(i));
            }
            before.forEach((id, was) -> {
                AllocationResponse after = now.get(id);
                if (!after.equals(was)) {
                    changes.updated("allocations", after.ref(), was, after);
                }
            });
        }
    }

    public Touched touched() {
        return new Touched();
    }
}
