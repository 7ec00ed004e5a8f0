package uk.csit.tracker.kit;

import io.quarkus.test.common.QuarkusTestResource;
import uk.csit.tracker.kit.testing.JwtResource;

/** The kit's tests run with test tokens trusted (and an ADMIN token by default). */
@QuarkusTestResource(JwtResource.class)
public final class KitTestResources {

    private KitTestResources() {
    }
}
