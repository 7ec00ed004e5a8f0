package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PublishedImportResult;

/**
 * Imports a published statistics file: every figure of every KPI whose source is in it, for every geography, then the
 * council's values with their comparators. The file is read whole before anything is written, so a refused file
 * changes nothing.
 */
@ApplicationScoped
public class PublishedStatisticsImport {

    @Inject
    PublishedFigureStore store;

    public PublishedImportResult importFile(InputStream body, LocalDate released) {
        PublishedFigures read = new PublishedFigures(store.mappings(), released);
        PublishedFile.read(body, read);
        return store.store(read);
    }
}
