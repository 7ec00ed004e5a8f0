package uk.csit.tracker.launcher;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the builder refuses before it starts anything (the starts themselves: system-tests' LocalSystemTest). */
class LocalSystemBuilderTest {

    @TempDir
    Path data;

    @Test
    void refusesToDropUnprefixedDatabasesOnAnExternalServer() {
        LocalSystemBuilder builder = LocalSystem.builder(Path.of("..").toAbsolutePath().normalize())
                .services(ServiceModule.INSPECTION).freePorts().dataDirectory(data)
                .externalDatabase("127.0.0.1", 1, "nobody", "", "postgres").freshDatabases(true);
        IllegalStateException refused = assertThrows(IllegalStateException.class, builder::start);
        assertTrue(refused.getMessage().contains("prefix"), refused.getMessage());
    }
}
