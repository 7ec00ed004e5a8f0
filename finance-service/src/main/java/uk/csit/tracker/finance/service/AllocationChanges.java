package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Iterator;
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

        private final Map<Long, Allocation> allocations = new LinkedHashMap<>();
        private final Map<Long, AllocationResponse> before = new LinkedHashMap<>();

        public void note(Allocation allocation) {
            if (allocations.putIfAbsent(allocation.id, allocation) == null) {
                before.put(allocation.id, reads.response(allocation));
            }
        }

        /** Records, for each allocation touched, its change if the write changed how it reads. */
        public void record() {
            if (allocations.isEmpty()) {
                return;
            }
            em.flush();
            Iterator<AllocationResponse> was = before.values().iterator();
            for (AllocationResponse after : reads.responses(List.copyOf(allocations.values()))) {
                AllocationResponse old = was.next();
                if (!after.equals(old)) {
                    changes.updated("allocations", after.ref(), old, after);
                }
            }
        }
    }

    public Touched touched() {
        return new Touched();
    }
}
