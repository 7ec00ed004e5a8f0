package uk.csit.tracker.plan.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import uk.csit.tracker.kit.data.SeedConfig;
import uk.csit.tracker.plan.config.PublishedStatisticsConfig;

/**
 * With the seed, imports the DfE's published files the local run starts with, once each (after the seed scripts,
 * which set the KPIs' published sources): through the same imports the API offers, so the seeded figures are what an
 * officer importing the files would get. Each file imported is recorded in {@code seed_history}.
 */
@ApplicationScoped
public class PublishedStatisticsSeed {

    @Inject
    SeedConfig seed;

    @Inject
    PublishedStatisticsConfig config;

    @Inject
    StatisticalNeighbourModel neighbourModel;

    @Inject
    PublishedStatisticsImport publishedStatistics;

    @Inject
    EntityManager em;

    // After the seed scripts (data-kit's SeedLoader observes at the default priority).
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!seed.enabled()) {
            return;
        }
        config.seedNeighbourModel().ifPresent(model -> once(model, () -> neighbourModel.replace(text(model))));
        for (String entry : config.seedFiles().orElse(List.of())) {
            int at = entry.lastIndexOf('@');
            String resource = at < 0 ? entry : entry.substring(0, at);
            LocalDate released = at < 0 ? null : LocalDate.parse(entry.substring(at + 1));
            once(resource, () -> {
                try (InputStream in = open(resource)) {
                    var result = publishedStatistics.importFile(in, released);
                    Log.infof("Imported %s: %d figures of %s", resource, result.added(), result.kpis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private void once(String resource, Runnable importIt) {
        if (done(resource)) {
            return;
        }
        importIt.run();
        record(resource);
    }

    private boolean done(String resource) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "select 1 from seed_history where script = ?1").setParameter(1, resource).getResultList().isEmpty());
    }

    private void record(String resource) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into seed_history (script,"
                + " applied_at) values (?1, now()) on conflict do nothing").setParameter(1, resource).executeUpdate());
    }

    private static InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Published statistics not found on the class path: " + resource);
        }
        return in;
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
