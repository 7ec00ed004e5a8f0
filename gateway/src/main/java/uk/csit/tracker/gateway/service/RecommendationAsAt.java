package uk.csit.tracker.gateway.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.csit.tracker.gateway.client.InspectionDtos.Finding;
import uk.csit.tracker.gateway.client.InspectionDtos.StatusChange;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * A recommendation as it stood at the end of a day, from its own status history: the changes made on or before that
 * day, and the status the last of them left it in. A recommendation whose inspection began after the day had not been
 * made: asking for it then is a 404, as asking for any record before it existed is.
 */
final class RecommendationAsAt {

    private RecommendationAsAt() {
    }

    static Finding asItStood(Finding now, LocalDate day) {
        if (now.inspectionStartDate() != null && now.inspectionStartDate().isAfter(day)) {
            throw ProblemException.notFoundThen("recommendation", now.ref(), day);
        }
        List<StatusChange> history = now.statusHistory() == null ? List.of() : now.statusHistory().stream()
                .sorted(Comparator.comparing(StatusChange::changedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<StatusChange> byThen = history.stream()
                .filter(change -> change.changedOn() != null && !change.changedOn().isAfter(day)).toList();
        if (byThen.size() == history.size()) {
            return now;
        }
        String status;
        LocalDate since;
        String evidence;
        if (byThen.isEmpty()) {
            status = history.get(0).fromStatus();
            since = null;
            evidence = null;
        } else {
            StatusChange last = byThen.get(byThen.size() - 1);
            status = last.toStatus();
            since = last.changedOn();
            evidence = last.evidenceNote();
        }
        return new Finding(now.ref(), now.inspectionRef(), now.inspectionType(), now.inspectionStartDate(), now.type(),
                now.text(), now.textPending(), now.area(), status, since, evidence, now.source(), byThen, now.version());
    }
}
