package uk.csit.tracker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules every manifest keeps, checked on the model of each parsed document (see {@link Manifests}): probes on
 * the health endpoints, sized requests and limits, non-root and read-only containers, secrets only from Secrets, an
 * autoscaler and a disruption budget per Deployment, a NetworkPolicy that denies by default and lets only the gateway
 * reach the services, an Ingress for the gateway alone, and PostgreSQL through CloudNativePG with three instances,
 * synchronous replication and scheduled backups.
 */
class ManifestRulesTest {

    static final Set<String> SERVICES = Set.of("gateway", "plan-service", "inspection-service", "finance-service");
    /**
     * The largest resident memory of a service after the benchmark's load, with its 128 MB heap: the gateway's 286 MB
     * (bench/results/2026-12-04-1806-scale100.md). A request below it would let the scheduler overcommit the node.
     */
    static final BigDecimal MEASURED_RSS = new BigDecimal(286L * 1000 * 1000);

    @Test
    void everyManifestIsReadStrictlyByTheKubernetesModelAndTheKustomizationListsThemAll() throws IOException {
        Map<Path, List<HasMetadata>> files = Manifests.all();
        assertTrue(files.size() >= 8, "the manifests: " + files.keySet());
        String kustomization = Files.readString(Manifests.DIRECTORY.resolve("kustomization.yaml"));
        for (Path file : files.keySet()) {
            assertTrue(kustomization.contains(file.getFileName().toString()), "kustomization.yaml lists " + file);
        }
        for (HasMetadata resource : Manifests.resources()) {
            if (!resource.getKind().equals("Namespace")) {
                assertEquals("csit", resource.getMetadata().getNamespace(), resource.getKind() + " "
                        + resource.getMetadata().getName() + " is in the csit namespace");
            }
        }
    }

    @Test
    void theFourServicesEachHaveADeploymentAServiceAnAutoscalerAndADisruptionBudget() {
        List<Deployment> deployments = Manifests.of(Deployment.class);
        assertEquals(SERVICES, deployments.stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet()));
        Set<String> services = Manifests.of(Service.class).stream().map(s -> s.getMetadata().getName())
                .collect(Collectors.toSet());
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(labels.entrySet().containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()),
                    name + ": its selector matches its pods");
            assertTrue(deployment.getSpec().getReplicas() >= 2, name + " runs at least two replicas");
            assertTrue(services.contains(name), name + " has a Service");
            HorizontalPodAutoscaler hpa = Manifests.of(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)
                            && h.getSpec().getScaleTargetRef().getKind().equals("Deployment"))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " has a HorizontalPodAutoscaler"));
            assertTrue(hpa.getSpec().getMinReplicas() >= 2 && hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas());
            assertTrue(Manifests.of(PodDisruptionBudget.class).stream().anyMatch(p -> labels.entrySet()
                    .containsAll(p.getSpec().getSelector().getMatchLabels().entrySet())), name + " has a PodDisruptionBudget");
        }
    }

    @Test
    void everyContainerIsProbedSizedAndLockedDown() {
        for (Deployment deployment : Manifests.of(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + ": no API token in the pod");
            assertNotNull(pod.getAffinity(), name + ": spread over nodes");
            assertNotNull(pod.getAffinity().getPodAntiAffinity(), name + ": pod anti-affinity");
            assertTrue(pod.getContainers().size() >= 1);
            for (Container container : pod.getContainers()) {
                String where = name + "/" + container.getName();
                probe(where + " liveness", container.getLivenessProbe(), "/q/health/live");
                probe(where + " readiness", container.getReadinessProbe(), "/q/health/ready");
                probe(where + " startup", container.getStartupProbe(), "/q/health/started");

                Map<String, Quantity> requests = container.getResources().getRequests();
                Map<String, Quantity> limits = container.getResources().getLimits();
                assertNotNull(requests.get("cpu"), where + " requests CPU");
                BigDecimal memoryRequest = Quantity.getAmountInBytes(requests.get("memory"));
                BigDecimal memoryLimit = Quantity.getAmountInBytes(limits.get("memory"));
                assertTrue(memoryRequest.compareTo(MEASURED_RSS) >= 0, where + " requests at least the measured memory");
                assertTrue(memoryLimit.compareTo(memoryRequest) > 0, where + " has room above its request");

                SecurityContext security = container.getSecurityContext();
                assertNotNull(security, where + " has a security context");
                boolean nonRoot = Boolean.TRUE.equals(security.getRunAsNonRoot()) || pod.getSecurityContext() != null
                        && Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot());
                assertTrue(nonRoot, where + " runs as non-root");
                assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), where + ": read-only root filesystem");
                assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), where + ": no privilege escalation");
                assertNotNull(security.getCapabilities(), where + " drops capabilities");
                assertTrue(security.getCapabilities().getDrop().contains("ALL"), where + " drops ALL capabilities");
                assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")),
                        where + ": a writable /tmp beside the read-only root");
                Set<String> volumes = pod.getVolumes().stream().map(v -> v.getName()).collect(Collectors.toSet());
                container.getVolumeMounts().forEach(mount -> assertTrue(volumes.contains(mount.getName()),
                        where + " mounts " + mount.getName() + ", a volume its pod has"));
                container.getEnvFrom().forEach(from -> assertTrue(from.getConfigMapRef() == null || Manifests
                        .of(io.fabric8.kubernetes.api.model.ConfigMap.class).stream().anyMatch(c -> c.getMetadata()
                                .getName().equals(from.getConfigMapRef().getName())), where + ": its ConfigMap exists"));

                for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                    if (env.getName().matches(".*(PASSWORD|SECRET|KEY).*") && !env.getName().endsWith("_LOCATION")) {
                        assertTrue(env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null,
                                where + ": " + env.getName() + " comes from a Secret, not the manifest");
                    }
                }
                assertTrue(container.getEnv().stream().anyMatch(e -> e.getName().equals("DB_PASSWORD")
                        && e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null),
                        where + ": its database password from a Secret");
            }
        }
    }

    @Test
    void noConfigMapHoldsASecret() {
        for (io.fabric8.kubernetes.api.model.ConfigMap map : Manifests.of(io.fabric8.kubernetes.api.model.ConfigMap.class)) {
            map.getData().keySet().forEach(key -> assertFalse(key.matches(".*(PASSWORD|SECRET|TOKEN)$")
                    || key.endsWith("_KEY"), map.getMetadata().getName() + " holds " + key + ": it belongs in a Secret"));
        }
    }

    private static void probe(String what, Probe probe, String path) {
        assertNotNull(probe, what + " probe");
        assertNotNull(probe.getHttpGet(), what + " probe is an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), what + " probe path");
    }

    @Test
    void theNetworkDeniesByDefaultAndOnlyTheGatewayReachesTheServices() {
        List<NetworkPolicy> policies = Manifests.of(NetworkPolicy.class);
        NetworkPolicy deny = policies.stream().filter(p -> p.getSpec().getPodSelector().getMatchLabels() == null
                        || p.getSpec().getPodSelector().getMatchLabels().isEmpty())
                .filter(p -> p.getSpec().getPodSelector().getMatchExpressions() == null
                        || p.getSpec().getPodSelector().getMatchExpressions().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("a policy for every pod"));
        assertTrue(deny.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")), "it covers both ways");
        assertTrue(deny.getSpec().getIngress() == null || deny.getSpec().getIngress().isEmpty(), "and lets nothing in");
        assertTrue(deny.getSpec().getEgress() == null || deny.getSpec().getEgress().isEmpty(), "or out");

        for (String service : List.of("plan-service", "inspection-service", "finance-service")) {
            List<NetworkPolicy> into = policies.stream().filter(p -> service.equals(label(p))).filter(p ->
                    p.getSpec().getIngress() != null && !p.getSpec().getIngress().isEmpty()).toList();
            assertFalse(into.isEmpty(), service + " lets something in");
            for (NetworkPolicy policy : into) {
                policy.getSpec().getIngress().forEach(rule -> {
                    assertNotNull(rule.getFrom(), service + ": not from anywhere");
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        assertNotNull(peer.getPodSelector(), service + ": only from pods it names");
                        assertEquals("gateway", peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"),
                                service + " is reached by the gateway alone");
                        assertTrue(peer.getIpBlock() == null, service + ": no address range");
                    }
                });
            }
        }
    }

    private static String label(NetworkPolicy policy) {
        Map<String, String> labels = policy.getSpec().getPodSelector().getMatchLabels();
        return labels == null ? null : labels.get("app.kubernetes.io/name");
    }

    @Test
    void theGatewayAloneIsExposedAndOverTls() {
        List<Ingress> ingresses = Manifests.of(Ingress.class);
        assertEquals(1, ingresses.size(), "one Ingress");
        Ingress ingress = ingresses.get(0);
        assertFalse(ingress.getSpec().getTls().isEmpty(), "TLS");
        Set<String> backends = ingress.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream())
                .map(p -> p.getBackend().getService().getName()).collect(Collectors.toSet());
        assertEquals(Set.of("gateway"), backends, "only the gateway behind it");
        for (Service service : Manifests.of(Service.class)) {
            assertTrue(service.getSpec().getType() == null || service.getSpec().getType().equals("ClusterIP"),
                    service.getMetadata().getName() + " is not exposed outside the cluster");
        }
    }

    @Test
    void postgresIsACloudNativePgClusterOfThreeWithSynchronousReplicasAndScheduledBackups() {
        List<GenericKubernetesResource> clusters = Manifests.custom("Cluster");
        assertEquals(1, clusters.size(), "one CloudNativePG cluster");
        GenericKubernetesResource cluster = clusters.get(0);
        assertEquals("postgresql.cnpg.io/v1", cluster.getApiVersion());
        assertEquals(3, ((Number) Manifests.at(cluster, "spec.instances")).intValue(), "three instances");
        Object minSync = Manifests.at(cluster, "spec.minSyncReplicas");
        Object synchronous = Manifests.at(cluster, "spec.postgresql.synchronous");
        assertTrue(minSync instanceof Number n && n.intValue() >= 1 || synchronous != null,
                "a commit waits for a replica");
        assertNotNull(Manifests.at(cluster, "spec.backup.barmanObjectStore.destinationPath"), "backups to object storage");
        assertNotNull(Manifests.at(cluster, "spec.backup.retentionPolicy"), "kept for a stated time");
        String image = Objects.toString(Manifests.at(cluster, "spec.imageName"), "");
        assertTrue(image.endsWith(":15") || image.contains(":15."), "PostgreSQL 15, as the tests and bin/run: " + image);
        List<GenericKubernetesResource> scheduled = Manifests.custom("ScheduledBackup");
        assertFalse(scheduled.isEmpty(), "a ScheduledBackup");
        assertEquals(Manifests.at(cluster, "metadata.name") == null ? cluster.getMetadata().getName()
                : Manifests.at(cluster, "metadata.name"), Manifests.at(scheduled.get(0), "spec.cluster.name"));

        // One database and one owner per service, as compose has.
        Set<String> databases = new java.util.HashSet<>();
        Object initdb = Manifests.at(cluster, "spec.bootstrap.initdb.database");
        if (initdb != null) {
            databases.add(initdb.toString());
        }
        for (GenericKubernetesResource database : Manifests.custom("Database")) {
            databases.add(Objects.toString(Manifests.at(database, "spec.name")));
            assertEquals(Manifests.at(database, "spec.name"), Manifests.at(database, "spec.owner"),
                    "each database owned by its service's own user");
        }
        assertEquals(Set.of("plan", "inspection", "finance", "gateway"), databases);
    }
}
