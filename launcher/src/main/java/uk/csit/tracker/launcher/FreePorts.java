package uk.csit.tracker.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for services started on free ports (tests, the benchmark), chosen below the kernel's range for the local
 * ports of outgoing connections.
 *
 * <p>A port is chosen before the service that will listen on it starts. What binding port 0 gives comes from that
 * range, so in the seconds between the choice and the service's start one of the system's own outgoing
 * connections (a service's connection pool opening to PostgreSQL) can be given the same port, and the service then
 * stops at start with "Port ... seems to be in use" (seen: the gateway, started after the other services had
 * opened their pools). Below the range no connection is given a port unless it asks for one.
 */
public final class FreePorts {

    static final Path LOCAL_PORT_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    /** Below this the well-known and commonly configured ports (8080, 5432 ...) are left alone. */
    static final int LOWEST = 10_000;

    /** Linux's default range for outgoing connections' local ports, when the system's cannot be read. */
    static final int DEFAULT_RANGE_START = 32_768;

    /**
     * The ports given in this JVM, by every instance: two systems started at once (test classes side by side) each
     * have their own, and a port one has chosen may not be listened on yet when the other checks it. Guarded by
     * itself.
     */
    private static final Set<Integer> GIVEN = new HashSet<>();

    private final int lowest;
    private final int highest;

    FreePorts(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /** Prints one free port: for bench/run, whose peers start the same way (their pools open before they listen). */
    public static void main(String[] args) {
        System.out.println(forOneSystem().next());
    }

    /** Ports for one system: none is given twice. */
    public static FreePorts forOneSystem() {
        return belowRangeStarting(ephemeralRangeStart(LOCAL_PORT_RANGE));
    }

    static FreePorts belowRangeStarting(int ephemeralRangeStart) {
        return new FreePorts(LOWEST, Math.max(LOWEST + 1_000, ephemeralRangeStart - 1));
    }

    /** A port nothing listens on now, not given before in this JVM; {@code port + 1000} too if asked. */
    public int next(boolean withOneThousandAbove) {
        synchronized (GIVEN) {
            // The port a thousand above is below the range too.
            int top = withOneThousandAbove ? highest - 1000 : highest;
            for (int attempt = 0; attempt < 1_000; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(lowest, top + 1);
                if (GIVEN.contains(port) || !isFree(port)) {
                    continue;
                }
                if (withOneThousandAbove && (GIVEN.contains(port + 1000) || !isFree(port + 1000))) {
                    continue;
                }
                GIVEN.add(port);
                if (withOneThousandAbove) {
                    GIVEN.add(port + 1000);
                }
                return port;
            }
            throw new IllegalStateException("No free port between " + lowest + " and " + top);
        }
    }

    /** A port nothing listens on now, not given before in this JVM. */
    public int next() {
        return next(false);
    }

    static int ephemeralRangeStart(Path rangeFile) {
        try {
            // A line at a time: procfs reports the file's size as 0, and Files.readString then reads only its first byte.
            String[] range = Files.readAllLines(rangeFile).get(0).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException unreadable) {
            return DEFAULT_RANGE_START;
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    int highest() {
        return highest;
    }
}
