package uk.csit.tracker.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreePortsTest {

    @Test
    void portsAreBelowTheRangeOutgoingConnectionsTakeTheirsFrom(@TempDir Path dir) throws IOException {
        Path range = Files.writeString(dir.resolve("ip_local_port_range"), "32768\t60999\n");
        FreePorts ports = FreePorts.belowRangeStarting(FreePorts.ephemeralRangeStart(range));
        for (int i = 0; i < 200; i++) {
            boolean withManagementPort = i % 2 == 0;
            int port = ports.next(withManagementPort);
            assertTrue(port >= FreePorts.LOWEST && port < 32768, port + " is outside 10000-32767");
            assertTrue(!withManagementPort || port + 1000 < 32768, (port + 1000) + " is in the range");
        }
    }

    @Test
    void theRangeIsTheSystemsWhenItCanBeRead(@TempDir Path dir) throws IOException {
        assertEquals(40000, FreePorts.ephemeralRangeStart(Files.writeString(dir.resolve("range"), "40000 60999")));
        assertEquals(FreePorts.DEFAULT_RANGE_START, FreePorts.ephemeralRangeStart(dir.resolve("missing")));
        assertEquals(FreePorts.DEFAULT_RANGE_START,
                FreePorts.ephemeralRangeStart(Files.writeString(dir.resolve("garbled"), "not a range")));
        assertEquals(39999, FreePorts.belowRangeStarting(40000).highest());
        // A range starting so low leaves too few ports below it: a thousand are still offered.
        assertEquals(FreePorts.LOWEST + 1000, FreePorts.belowRangeStarting(1024).highest());
    }

    @Test
    void theRangeIsReadFromTheKernelAsCatReadsIt() throws Exception {
        assumeTrue(Files.exists(FreePorts.LOCAL_PORT_RANGE), "not Linux");
        Process cat = new ProcessBuilder("cat", FreePorts.LOCAL_PORT_RANGE.toString()).start();
        String line = new String(cat.getInputStream().readAllBytes()).trim();
        assertEquals(0, cat.waitFor());
        assertEquals(Integer.parseInt(line.split("\\s+")[0]), FreePorts.ephemeralRangeStart(FreePorts.LOCAL_PORT_RANGE));
    }

    @Test
    void noPortIsGivenTwiceNorOneThousandAboveOneGiven() {
        FreePorts ports = new FreePorts(FreePorts.LOWEST, FreePorts.LOWEST + 1500);
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = ports.next(true);
            assertTrue(given.add(port), port + " given twice");
            assertTrue(given.add(port + 1000), (port + 1000) + " given twice");
        }
    }

    /** Two systems started at once in one JVM (test classes side by side) each have their own instance. */
    @Test
    void twoInstancesInOneJvmNeverGiveTheSamePort() {
        FreePorts one = new FreePorts(FreePorts.LOWEST + 2000, FreePorts.LOWEST + 2099);
        FreePorts other = new FreePorts(FreePorts.LOWEST + 2000, FreePorts.LOWEST + 2099);
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            int port = one.next();
            assertTrue(given.add(port), port + " given twice");
            port = other.next();
            assertTrue(given.add(port), port + " given twice");
        }
    }

    @Test
    void aPortSomethingListensOnIsNeverGiven() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int busy = taken.getLocalPort();
            FreePorts onlyThatOne = new FreePorts(busy, busy);
            assertThrows(IllegalStateException.class, onlyThatOne::next);
        }
        try (ServerSocket released = new ServerSocket(0)) {
            int port = released.getLocalPort();
            released.close();
            FreePorts onlyThatOne = new FreePorts(port, port);
            assertEquals(port, onlyThatOne.next());
            assertThrows(IllegalStateException.class, onlyThatOne::next, "given once only");
        }
    }
}
