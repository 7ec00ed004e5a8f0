package uk.csit.tracker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every manifest under {@code kubernetes/}, each document read into the fabric8 8.0.0 model of its kind. Strict: a
 * document of a built-in kind must map to that kind's class (not a generic resource), and no field anywhere in it may
 * be one the model does not know (fabric8 keeps unknown fields aside as "additional properties"; here any is an error,
 * as a misspelt field would be silently ignored by the API server's older versions or refused by a strict one).
 */
final class Manifests {

    static final Path DIRECTORY = Path.of("kubernetes");
    /** Custom resources of the operators the manifests rely on: read as generic resources, checked by path. */
    static final Set<String> CUSTOM_GROUPS = Set.of("postgresql.cnpg.io");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Manifests() {
    }

    /** Each manifest file (not the kustomization) with its documents. */
    static Map<Path, List<HasMetadata>> all() {
        Map<Path, List<HasMetadata>> files = new java.util.TreeMap<>();
        for (Path file : files()) {
            files.put(file, read(file));
        }
        return files;
    }

    static List<HasMetadata> resources() {
        return all().values().stream().flatMap(List::stream).toList();
    }

    static <T extends HasMetadata> List<T> of(Class<T> kind) {
        return resources().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static List<GenericKubernetesResource> custom(String kind) {
        return resources().stream().filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast).filter(r -> kind.equals(r.getKind())).toList();
    }

    static List<Path> files() {
        try (Stream<Path> paths = Files.list(DIRECTORY)) {
            return paths.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<HasMetadata> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<HasMetadata> documents = new ArrayList<>();
        for (String document : text.split("(?m)^---\\s*$")) {
            if (document.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
                continue;
            }
            Object parsed = SERIALIZATION.unmarshal(document);
            assertTrue(parsed instanceof HasMetadata, file + ": a document that is not a Kubernetes resource");
            HasMetadata resource = (HasMetadata) parsed;
            String group = resource.getApiVersion().contains("/") ? resource.getApiVersion().split("/")[0] : "";
            if (resource instanceof GenericKubernetesResource) {
                assertTrue(CUSTOM_GROUPS.contains(group), file + ": " + resource.getApiVersion() + " "
                        + resource.getKind() + " is not a kind of the Kubernetes API model (misspelt kind or version?)");
            } else {
                List<String> unknown = new ArrayList<>();
                unknownFields(resource, resource.getKind(), unknown, new IdentityHashMap<>());
                assertEquals(List.of(), unknown, file + ": fields the Kubernetes API does not have");
            }
            documents.add(resource);
        }
        return documents;
    }

    /** Walks the model's getters, noting every field it kept aside as unknown. */
    private static void unknownFields(Object node, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, unknown, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                unknownFields(value, path + "." + getter.getName().substring(3), unknown, seen);
            }
        }
    }

    /** A value at a path of a custom resource's content ("spec.backup.retentionPolicy"), or null. */
    @SuppressWarnings("unchecked")
    static Object at(GenericKubernetesResource resource, String path) {
        Object node = resource.getAdditionalProperties();
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(part);
        }
        return node;
    }
}
