package uk.csit.tracker.system;

/**
 * The queues the system test classes wait in (JUnit resource locks; see junit-platform.properties): one class on the
 * run's seeded system beside one class that starts systems of its own. A class alone leaves much of a 2-core machine
 * idle while it waits for what it started; two classes that each start their own systems would put eight services
 * and two databases on it at once. The checks of the seed's story, which only read, are in no queue: the classes
 * that change the seeded system wait for them ({@link SeedStoryFirst}), so nothing may hold them up.
 */
final class Turns {

    /** Classes that change the run's seeded system ({@link SeededSystem.Given}). */
    static final String SEEDED = "the run's seeded system";


    /** Classes that start systems of their own (and stop them, kill them or run two of each). */
    static final String OWN_SYSTEMS = "systems of a class's own";

    private Turns() {
    }
}
