package uk.csit.tracker.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options are written out in twelve places besides this module (four images, four services in
 * docker-compose.yml, four Kubernetes config maps): each must be the list the launcher gives, or a service run one way
 * would not be the service measured another way.
 */
class JvmOptionsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("inspection-service", "plan-service", "finance-service",
            "gateway");

    @Test
    void everyImageComposeServiceAndConfigMapRunsTheLaunchersOptions() throws IOException {
        List<String> found = new ArrayList<>();
        for (String service : SERVICES) {
            found.addAll(options(ROOT.resolve(service).resolve("Dockerfile"), "JAVA_OPTS=\"([^\"]+)\""));
        }
        found.addAll(options(ROOT.resolve("docker-compose.yml"), "JAVA_OPTS: \\$\\{SERVICE_JAVA_OPTS:-([^}]+)}"));
        found.addAll(options(ROOT.resolve("deploy/kubernetes/configmaps.yaml"), "JAVA_OPTS: \"([^\"]+)\""));
        assertEquals(12, found.size(), "four images, four compose services, four config maps: " + found);
        for (String written : found) {
            assertEquals(JvmOptions.ON_EVERY_JDK, List.of(written.trim().split("\\s+")));
        }
    }

    private static List<String> options(Path file, String pattern) throws IOException {
        Matcher matcher = Pattern.compile(pattern).matcher(Files.readString(file));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
