package uk.csit.tracker.gateway;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stub's answer held back until the test lets it go ({@code .withTransformers(HeldAnswers.NAME)}): a test that must
 * look at the gateway while a service is still being read does so however slowly the machine runs its own steps,
 * where a fixed delay on the stub races them. An answer is held at most {@link #LONGEST}, below the call timeout of
 * the profile its tests run in ({@link CachingAndFollowing}: 5 s), so a test that never lets go fails on its own
 * assertions rather than hanging.
 */
public class HeldAnswers implements ResponseDefinitionTransformerV2 {

    static final String NAME = "held";

    static final Duration LONGEST = Duration.ofMillis(4000);

    private static final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(0));

    /** From now on, answers given this transformer wait until {@link #letGo()}. */
    static void hold() {
        gate.set(new CountDownLatch(1));
    }

    /** The answers held go, and later ones are not held. */
    static void letGo() {
        gate.get().countDown();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            gate.get().await(LONGEST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return serveEvent.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
