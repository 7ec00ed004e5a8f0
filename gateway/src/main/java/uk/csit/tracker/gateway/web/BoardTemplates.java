package uk.csit.tracker.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.gateway.client.PlanDtos.Action;
import uk.csit.tracker.gateway.client.PlanDtos.Priority;
import uk.csit.tracker.gateway.client.PlanDtos.ProgressUpdate;
import uk.csit.tracker.gateway.service.BoardPack;
import uk.csit.tracker.gateway.service.StatusView;
import uk.csit.tracker.gateway.service.TraceService;

/** The board's pages: each method is the template of that name under templates/board, its parameters checked at build. */
@CheckedTemplate(basePath = "board")
final class BoardTemplates {

    private BoardTemplates() {
    }

    static native TemplateInstance overview(Frame frame, StatusView status, BoardPackPage.Figures figures,
            BoardPack.Position pack, Map<String, KpiTrends.KpiTrend> trends);

    static native TemplateInstance action(Frame frame, Action action, List<ProgressUpdate> updates,
            boolean mayWrite, ProgressForm form, boolean updated);

    static native TemplateInstance accessibility(Frame frame);

    static native TemplateInstance signedOut(Frame frame);

    static native TemplateInstance changes(Frame frame, BoardPack pack, BoardPackPage.Figures figures);

    static native TemplateInstance recommendation(Frame frame, TraceService.Trace trace);

    static native TemplateInstance upload(Frame frame, List<FormError> errors, long errorCount, long moreErrors,
            String detail, String result);

    static native TemplateInstance problem(Frame frame, String detail, List<FormError> errors);

    static native TemplateInstance priority(Frame frame, Priority priority, List<Action> actions);
}
