package uk.csit.tracker.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void aProblemToRetrySaysWhenWithItsTypesStatus() {
        Response busy = Problems.retryLater(ProblemType.SERVICE_UNAVAILABLE, "Busy; try again shortly.", "/api/v1/x", 1);
        assertEquals(503, busy.getStatus());
        assertEquals("1", busy.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, busy.getMediaType().toString());
        Problem problem = (Problem) busy.getEntity();
        assertEquals(503, problem.status());
        assertEquals("Busy; try again shortly.", problem.detail());

        Response collided = Problems.retryLater(ProblemType.CONFLICT, "Send it again.", "/api/v1/x", 5);
        assertEquals(409, collided.getStatus());
        assertEquals("5", collided.getHeaderString("Retry-After"));
    }
}
