package uk.csit.tracker.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.PlanDtos.Action;
import uk.csit.tracker.gateway.client.PlanDtos.KpiHeadline;
import uk.csit.tracker.gateway.client.PlanDtos.KpiPoint;
import uk.csit.tracker.gateway.client.PlanDtos.Priority;
import uk.csit.tracker.gateway.client.PlanDtos.ProgressUpdate;
import uk.csit.tracker.gateway.client.RecordNotFound;
import uk.csit.tracker.gateway.service.BoardPack;
import uk.csit.tracker.gateway.service.BoardPackService;
import uk.csit.tracker.gateway.service.Forwarder;
import uk.csit.tracker.gateway.service.StatusService;
import uk.csit.tracker.gateway.service.StatusView;
import uk.csit.tracker.gateway.service.TraceService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;
import uk.csit.tracker.kit.security.Capability;

/**
 * The board's pages, for people: server-rendered with GOV.UK Frontend's styles, working without JavaScript. A person
 * signs in through the council's OpenID Connect provider; every read and write is made with their own access token
 * through the same services and rules as the API. Not part of the API's contract.
 */
@Path("/board")
@Produces(MediaType.TEXT_HTML)
public class BoardPages {

    /** A form's fields and the errors found in them, to show again with the GOV.UK error summary. */
    public record ProgressForm(String day, String month, String year, String narrative, String rag,
            String percentComplete, String idempotencyKey, List<FormError> errors) {

        static ProgressForm blank(LocalDate today) {
            return new ProgressForm(Integer.toString(today.getDayOfMonth()), Integer.toString(today.getMonthValue()),
                    Integer.toString(today.getYear()), "", "", "", UUID.randomUUID().toString(), List.of());
        }

        /** The RAGs a progress update may give, as the plan service takes them. */
        public List<String> ragOptions() {
            return List.of("RED", "AMBER", "GREEN", "COMPLETE");
        }

        public boolean hasError(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        public String errorFor(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse("");
        }
    }

    /** One error: the form field it belongs to (its id on the page) and what to do about it. */
    public record FormError(String field, String message) {
    }

    /** What every page's frame needs: its title, who is signed in, their token for forms, whether it shows errors. */
    @io.quarkus.qute.TemplateData
    public record Frame(String title, String name, String formToken, boolean signedIn, boolean errorTitle,
            boolean mayWritePlan) {

        static Frame open(String title) {
            return new Frame(title, null, null, false, false, false);
        }
    }

    @CheckedTemplate(basePath = "board")
    static class Pages {
        static native TemplateInstance overview(Frame frame, StatusView status, BoardPackPage.Figures figures,
                BoardPack pack, Map<String, KpiTrend> trends);

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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    SignedIn person;

    @Inject
    io.quarkus.oidc.OidcSession session;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Inject
    StatusService status;

    @Inject
    BoardPackService packs;

    @Inject
    PlanClient plan;

    @Inject
    Forwarder forwarder;

    @Inject
    PdfDocuments documents;

    @Inject
    TraceService traces;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Capability.READ)
    public String overview(@QueryParam("asOf") String asOf) {
        LocalDate day = QueryValues.pastDay("asOf", asOf, clock);
        BoardPack pack = packs.pack(person.caller(), day, null);
        return Pages.overview(frame("Overview"), pack.now(), BoardPackPage.figures(pack), pack,
                trends(pack.now(), pack.asOf(), person.caller())).render();
    }

    /** A KPI's trend: its chart and the values it draws, for the table beside it. */
    public record KpiTrend(String chart, List<KpiPoint> points) {
    }

    /**
     * Each KPI's values up to the day, drawn when there are two or more; a KPI whose values cannot be read keeps its
     * tile and latest value, without a trend.
     */
    private Map<String, KpiTrend> trends(StatusView status, LocalDate day, Caller caller) {
        Map<String, KpiTrend> out = new HashMap<>();
        if (status.kpiHeadlines() == null) {
            return out;
        }
        for (KpiHeadline kpi : status.kpiHeadlines()) {
            if (kpi.latestValue() == null) {
                continue;
            }
            List<KpiPoint> points;
            try {
                points = plan.kpiValues(kpi.code(), day, caller).items().stream().filter(p -> p.value() != null).toList();
            } catch (RuntimeException unavailable) {
                continue;
            }
            if (points.size() >= 2) {
                List<String> labels = points.stream()
                        .map(p -> p.periodLabel() != null ? p.periodLabel() : String.valueOf(p.periodEnd())).toList();
                out.put(kpi.code(), new KpiTrend(Charts.trend("trend-" + kpi.code(), kpi.name() + ": values over time",
                        labels, points.stream().map(KpiPoint::value).toList(), Formats::figure), points));
            }
        }
        return out;
    }

    @GET
    @Path("pack")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    @RolesAllowed(Capability.READ)
    public Response pack(@QueryParam("asOf") String asOf, @QueryParam("format") String format) {
        LocalDate day = QueryValues.pastDay("asOf", asOf, clock);
        BoardPack pack = packs.pack(person.caller(), day, null);
        String html = BoardPackPage.html(pack);
        if ("html".equals(format)) {
            return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Security-Policy", uk.csit.tracker.gateway.rest.BoardPackResource.POLICY)
                    .header("Cache-Control", "no-store").build();
        }
        String name = "board-pack-" + pack.asOf() + ".pdf";
        return Response.ok(documents.pdf(html, name), "application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("actions/{ref}")
    @RolesAllowed(Capability.READ)
    public String action(@PathParam("ref") String ref, @QueryParam("updated") String updated) {
        return actionPage(ref, ProgressForm.blank(LocalDate.now(clock.withZone(QueryValues.ENGLAND))),
                "true".equals(updated));
    }

    @POST
    @Path("actions/{ref}/progress-updates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Capability.WRITE_PLAN)
    public Response addProgress(@PathParam("ref") String ref, @FormParam("formToken") String formToken,
            @FormParam("idempotencyKey") String idempotencyKey, @FormParam("date-day") String day,
            @FormParam("date-month") String month, @FormParam("date-year") String year,
            @FormParam("narrative") String narrative, @FormParam("rag") String rag,
            @FormParam("percentComplete") String percent) {
        if (!person.formTokenIs(formToken)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The form was not one this session was given: open the"
                    + " page again and send it from there.");
        }
        List<FormError> errors = new ArrayList<>();
        LocalDate date = null;
        try {
            date = LocalDate.of(Integer.parseInt(trim(year)), Integer.parseInt(trim(month)), Integer.parseInt(trim(day)));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FormError("date-day", "Enter the date of the update as a real date, for example 30 9 2025"));
        }
        if (trim(narrative).isEmpty()) {
            errors.add(new FormError("narrative", "Enter what has happened since the last update"));
        }
        if (trim(rag).isEmpty()) {
            errors.add(new FormError("rag", "Select how the action stands"));
        }
        if (trim(percent).isEmpty()) {
            errors.add(new FormError("percentComplete", "Enter how complete the action is, from 0 to 100"));
        }
        ProgressForm form = new ProgressForm(day, month, year, narrative, rag, percent,
                idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey,
                errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(actionPage(ref, form, false)).type(MediaType.TEXT_HTML_TYPE).build();
        }
        ObjectNode body = JSON.createObjectNode().put("date", date.toString()).put("narrative", narrative.trim())
                .put("rag", rag.trim());
        try {
            body.put("percentComplete", new java.math.BigDecimal(percent.trim()));
        } catch (NumberFormatException e) {
            body.put("percentComplete", percent.trim());
        }
        Caller caller = person.caller();
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", caller.authorization());
        headers.put("Content-Type", MediaType.APPLICATION_JSON);
        headers.put("Accept", MediaType.APPLICATION_JSON);
        headers.put("Idempotency-Key", form.idempotencyKey());
        if (caller.requestId() != null) {
            headers.put("X-Request-Id", caller.requestId());
        }
        Response answer = forwarder.forward("plan", "POST", "/api/v1/actions/" + encoded(ref) + "/progress-updates",
                headers, body.toString().getBytes(StandardCharsets.UTF_8), "/");
        if (answer.getStatus() / 100 == 2) {
            // Post, redirect, get: a reload of the page that follows cannot send the update again.
            return Response.seeOther(URI.create("/board/actions/" + encoded(ref) + "?updated=true")).build();
        }
        List<FormError> refused = refusal(answer);
        ProgressForm again = new ProgressForm(day, month, year, narrative, rag, percent, form.idempotencyKey(), refused);
        return Response.status(answer.getStatus() == 422 || answer.getStatus() == 400 ? 400 : answer.getStatus())
                .entity(actionPage(ref, again, false)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("accessibility")
    @PermitAll
    public String accessibility() {
        return Pages.accessibility(Frame.open("Accessibility statement")).render();
    }

    @GET
    @Path("changes")
    @RolesAllowed(Capability.READ)
    public String changes(@QueryParam("asOf") String asOf, @QueryParam("since") String since) {
        LocalDate day = QueryValues.pastDay("asOf", asOf, clock);
        LocalDate from = QueryValues.pastDay("since", since, clock);
        BoardPack pack = packs.pack(person.caller(), day, from);
        return Pages.changes(frame("What changed since " + Formats.longDate(pack.since())), pack,
                BoardPackPage.figures(pack)).render();
    }

    @GET
    @Path("recommendations/{ref}")
    @RolesAllowed(Capability.READ)
    public String recommendation(@PathParam("ref") String ref) {
        TraceService.Trace trace = traces.trace(ref, person.caller());
        return Pages.recommendation(frame("Recommendation " + trace.recommendation().ref()), trace).render();
    }

    @GET
    @Path("priorities/{ref}")
    @RolesAllowed(Capability.READ)
    public String priority(@PathParam("ref") String ref) {
        Caller caller = person.caller();
        Priority priority;
        try {
            priority = plan.priority(ref, caller);
        } catch (RecordNotFound e) {
            throw ProblemException.notFound("priority", ref);
        }
        List<Action> actions = uk.csit.tracker.gateway.client.Reads.every("actions",
                page -> plan.actionsOfPriority(ref, page, caller));
        return Pages.priority(frame(priority.ref() + ": " + priority.title()), priority, actions).render();
    }

    @GET
    @Path("import")
    @RolesAllowed(Capability.WRITE_PLAN)
    public String importForm(@QueryParam("rows") String rows, @QueryParam("created") String created,
            @QueryParam("updated") String updated, @QueryParam("unchanged") String unchanged) {
        String result = null;
        if (rows != null) {
            result = count(rows) + " rows read: " + count(created) + " created, " + count(updated) + " updated, "
                    + count(unchanged) + " unchanged";
        }
        return Pages.upload(frame("Upload the plan spreadsheet"), List.of(), 0, 0, null, result).render();
    }

    /** A count from the address, as a number whatever was sent. */
    private static long count(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Capability.WRITE_PLAN)
    public Response importSheet(@RestForm("formToken") String formToken, @RestForm("sheet") FileUpload sheet)
            throws java.io.IOException {
        if (!person.formTokenIs(formToken)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The form was not one this session was given: open the"
                    + " page again and send it from there.");
        }
        String name = sheet == null || sheet.fileName() == null ? "" : sheet.fileName().toLowerCase(java.util.Locale.UK);
        String type = name.endsWith(".xlsx") ? XLSX : name.endsWith(".csv") ? "text/csv" : null;
        if (sheet == null || sheet.size() == 0 || type == null) {
            List<FormError> errors = List.of(new FormError("sheet", sheet == null || sheet.size() == 0
                    ? "Choose the action sheet to upload" : "The sheet must be a .csv or .xlsx file"));
            return page(400, Pages.upload(frame("Upload the plan spreadsheet", true), errors, 1, 0, null, null));
        }
        Caller caller = person.caller();
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", caller.authorization());
        headers.put("Content-Type", type);
        headers.put("Accept", MediaType.APPLICATION_JSON);
        if (caller.requestId() != null) {
            headers.put("X-Request-Id", caller.requestId());
        }
        Response answer = forwarder.forward("plan", "POST", "/api/v1/actions/import", headers,
                java.nio.file.Files.readAllBytes(sheet.uploadedFile()), "/");
        JsonNode body = json(answer);
        if (answer.getStatus() / 100 == 2) {
            // Post, redirect, get: reloading the page that follows does not send the sheet again.
            return Response.seeOther(URI.create("/board/import?rows=" + body.path("rows").asLong() + "&created="
                    + body.path("created").asLong() + "&updated=" + body.path("updated").asLong() + "&unchanged="
                    + body.path("unchanged").asLong())).build();
        }
        List<FormError> errors = new ArrayList<>();
        body.path("errors").forEach(e -> errors.add(new FormError(e.path("field").asText(), e.path("message").asText())));
        long count = body.path("errorCount").asLong(errors.size());
        if (errors.isEmpty()) {
            errors.add(new FormError("sheet", body.path("detail").asText("The plan service did not take the sheet.")));
        }
        return page(answer.getStatus() == 503 ? 503 : 400, Pages.upload(frame("Upload the plan spreadsheet", true),
                errors, Math.max(count, errors.size()), Math.max(0, count - errors.size()), body.path("detail").asText(null),
                null));
    }

    /**
     * A problem on a page is shown as a page, in the GOV.UK way (what went wrong and what to do), with the status the
     * API would give; the API's own answers stay problem+json.
     */
    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        List<FormError> errors = e.errors().stream().map(f -> new FormError(f.field(), f.message())).toList();
        Frame frame = new Frame("There is a problem", null, null, false, true, false);
        Response.ResponseBuilder out = Response.status(e.type().status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.problem(frame, e.getMessage(), errors).render());
        e.headers().forEach(out::header);
        return out.build();
    }

    /**
     * Signs the person out of these pages: their session here ends (its cookie is removed). Their sign-in with the
     * council's provider is theirs to end there, as with any service that provider signs them in to.
     */
    @GET
    @Path("sign-out")
    @PermitAll
    public Response signOut() {
        if (!identity.isAnonymous()) {
            session.logout().await().indefinitely();
        }
        return Response.seeOther(URI.create("/board/signed-out")).build();
    }

    @GET
    @Path("signed-out")
    @PermitAll
    public String signedOut() {
        return Pages.signedOut(Frame.open("You have signed out")).render();
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    private static JsonNode json(Response answer) {
        try {
            return JSON.readTree(answer.getEntity() instanceof byte[] b ? b : new byte[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private String actionPage(String ref, ProgressForm form, boolean updated) {
        Caller caller = person.caller();
        Action action;
        try {
            action = plan.action(ref, caller);
        } catch (RecordNotFound e) {
            throw ProblemException.notFound("action", ref);
        }
        List<ProgressUpdate> updates = plan.progressUpdates(ref, caller).items();
        Frame frame = new Frame(action.ref() + ": " + action.title(), person.name(), person.formToken(), true,
                !form.errors().isEmpty(), person.mayWritePlan());
        return Pages.action(frame, action, updates, person.mayWritePlan(), form, updated).render();
    }

    /** The service's refusal as errors on the form's fields (the service names them by the JSON it was sent). */
    private static List<FormError> refusal(Response answer) {
        List<FormError> errors = new ArrayList<>();
        try {
            byte[] bytes = answer.getEntity() instanceof byte[] b ? b : new byte[0];
            JsonNode problem = JSON.readTree(bytes);
            for (JsonNode error : problem.path("errors")) {
                String field = switch (error.path("field").asText()) {
                    case "date" -> "date-day";
                    case "rag", "status" -> "rag";
                    case "percentComplete" -> "percentComplete";
                    default -> "narrative";
                };
                errors.add(new FormError(field, error.path("message").asText()));
            }
            if (errors.isEmpty()) {
                errors.add(new FormError("narrative", problem.path("detail").asText("The update was not accepted.")));
            }
        } catch (java.io.IOException e) {
            errors.add(new FormError("narrative", "The plan service did not accept the update; try again later."));
        }
        return errors;
    }

    private Frame frame(String title) {
        return frame(title, false);
    }

    private Frame frame(String title, boolean errors) {
        return new Frame(title, person.name(), person.formToken(), true, errors, person.mayWritePlan());
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String encoded(String ref) {
        return java.net.URLEncoder.encode(ref, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
