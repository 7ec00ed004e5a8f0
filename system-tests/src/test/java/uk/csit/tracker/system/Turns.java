package uk.csit.tracker.system;

/**
 * The two queues the system test classes wait in (JUnit resource locks; two classes run at once, see
 * junit-platform.properties): one class on the run's seeded systems beside one class that starts systems of its own.
 * A class alone leaves much of a 2-core machine idle while it waits for what it started; two classes that each
 * start their own systems would put eight services and two databases on it at once.
 */
final class Turns {

    /** Classes on the run's seeded systems ({@link SeededSystem}): they share them, and some change the one they share. */
    static final String SEEDED = "the run's seeded systems";

    /** Classes that start systems of their own (and stop them, kill them or run two of each). */
    static final String OWN_SYSTEMS = "systems of a class's own";

    private Turns() {
    }
}
