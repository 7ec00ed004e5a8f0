package uk.csit.tracker.system;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Holds the test classes that change the run's seeded system until the checks of the seed's story
 * ({@link OnTheSeedAsItWas}) in the run have finished, so that one seeded system serves both and the checks still see
 * the seed as it was, whichever class JUnit happens to start first. A run without those checks (one class chosen by
 * {@code -Dtest}) holds nothing. Registered with the JUnit Platform in {@code META-INF/services}.
 */
public final class SeedStoryFirst implements TestExecutionListener {

    private static volatile CountDownLatch unfinished = new CountDownLatch(0);

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        long checks = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .filter(SeedStoryFirst::isSeedStory).count();
        unfinished = new CountDownLatch(Math.toIntExact(checks));
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (isSeedStory(identifier)) {
            unfinished.countDown();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (isSeedStory(identifier)) {
            unfinished.countDown();
        }
    }

    /** Returns once every check of the seed's story in the run has finished; fails after {@code longest}. */
    static void await(Duration longest) {
        try {
            if (!unfinished.await(longest.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the checks of the seed's story did not finish within " + longest);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the checks of the seed's story ran", e);
        }
    }

    private static boolean isSeedStory(TestIdentifier identifier) {
        return identifier.isContainer() && identifier.getSource().filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getJavaClass())
                .filter(OnTheSeedAsItWas.class::isAssignableFrom).isPresent();
    }
}
