package uk.csit.tracker.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Each service's JVM unless SERVICE_JAVA_OPTS says otherwise: a small heap with a fixed young generation
 * (a service's live data is small, and the serial collector otherwise grows the young generation with the heap),
 * the serial collector, which keeps the resident memory of a small heap low, both compilers with the code cache
 * held to what a loaded service uses, the C heap given back to the system every 2 s (JDK 22+) and compact object
 * headers (JDK 25+).
 *
 * <p>Compiled code is unloaded by a collection once new code reaches {@code SweeperThreshold} percent of the code
 * cache; with the serial collector that is a full collection. At HotSpot's 15% (7 MB of 48) every service made one
 * in its first seconds of use, a pause of 70 to 180 ms that the first callers met; at 50% the start-up code fits
 * below it, and the code cache is still kept within its size.
 *
 * <p>The server compiler (C2) takes a method only after ten times its usual number of calls
 * ({@link #LATE_C2}): start-up code, run a few thousand times, stays with the client compiler, while
 * a request path under load passes the threshold within seconds. With C2 at its usual thresholds
 * its compiles competed with the start-up on 2 cores; with C1 alone a request path never reached C2 and served
 * fewer requests. bench/results/2026-12-04-jvm-options.md says what each bought, and
 * bench/results/2026-12-08-aot-training.md how the ahead-of-time cache is trained ({@link #AOT_TRAINING}).
 */
public final class JvmOptions {

    /** The server compiler's thresholds at ten times HotSpot's defaults (5000, 600, 15000, 40000). */
    static final List<String> LATE_C2 = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    /**
     * The options every JDK from 21 takes: what the images (JDK 21), docker-compose.yml and the Kubernetes config
     * maps give each service as JAVA_OPTS, written out there as here (JvmOptionsTest holds them to this list).
     */
    public static final List<String> ON_EVERY_JDK = onEveryJdk();

    public static final List<String> DEFAULTS = defaults();

    /** The ahead-of-time cache's file, beside the service's packaged application. */
    static final String AOT_CACHE = "app.aot";

    /**
     * How a training start runs: with the service's own options and both compilers, the cache written as it exits.
     * The cache keeps each method's profile and the tier it was compiled at, and later starts compile the method as
     * the training did. A training with C1 alone (the launcher's until 8 December 2026) left every method the
     * start-up ran, the JDK's maps and strings among them, compiled by C1 without profiling for good, so never
     * taken by C2: a quarter of a cached read's processor time was in such code, and it served about a quarter
     * fewer requests a second.
     */
    static final List<String> AOT_TRAINING = List.of("-XX:AOTCacheOutput=" + AOT_CACHE);

    private JvmOptions() {
    }

    private static List<String> onEveryJdk() {
        List<String> options = new ArrayList<>(List.of("-Xmx128m", "-Xmn24m", "-XX:+UseSerialGC",
                "-XX:ReservedCodeCacheSize=48m", "-XX:SweeperThreshold=50"));
        options.addAll(LATE_C2);
        options.add("-XX:+ExitOnOutOfMemoryError");
        return List.copyOf(options);
    }

    private static List<String> defaults() {
        List<String> options = new ArrayList<>(ON_EVERY_JDK);
        if (Runtime.version().feature() >= 22) {
            options.add("-XX:TrimNativeHeapInterval=2000");
        }
        if (Runtime.version().feature() >= 25) {
            options.add("-XX:+UseCompactObjectHeaders");
        }
        return List.copyOf(options);
    }
}
