package uk.csit.tracker.kit.privacy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.function.Supplier;
import uk.csit.tracker.kit.security.Capability;

/**
 * Whether what is being written now may name staff: as {@link #revealed} or {@link #withheld} say, when inside
 * either; else, within a request, only when the caller's role may read history; outside a request, yes (what is
 * written there is recorded for the history, which only callers who may read it are given).
 */
public final class PersonalDataAccess {

    /** TRUE inside {@link #revealed}, FALSE inside {@link #withheld}, null otherwise. */
    private static final ThreadLocal<Boolean> DECIDED = new ThreadLocal<>();

    private PersonalDataAccess() {
    }

    /** Whether personal data is written at this moment. */
    public static boolean visible() {
        Boolean decided = DECIDED.get();
        if (decided != null) {
            return decided;
        }
        return !inRequest() || callerMayRead();
    }

    /** Whether the caller of the current request may read personal data (false outside a request). */
    public static boolean callerMayRead() {
        if (!inRequest()) {
            return false;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return !identity.isAnonymous() && identity.hasRole(Capability.READ_HISTORY);
    }

    private static boolean inRequest() {
        ArcContainer container = Arc.container();
        return container != null && container.requestContext().isActive();
    }

    /**
     * Runs {@code work} writing personal data whoever the caller is: for what is kept and given later only to
     * callers who may read it (an answer cached for them, a change recorded for the history).
     */
    public static <T> T revealed(Supplier<T> work) {
        return decided(Boolean.TRUE, work);
    }

    /** Runs {@code work} leaving personal data out whoever the caller is: for what is kept for callers who may not. */
    public static <T> T withheld(Supplier<T> work) {
        return decided(Boolean.FALSE, work);
    }

    private static <T> T decided(Boolean visible, Supplier<T> work) {
        Boolean before = DECIDED.get();
        DECIDED.set(visible);
        try {
            return work.get();
        } finally {
            if (before == null) {
                DECIDED.remove();
            } else {
                DECIDED.set(before);
            }
        }
    }
}
