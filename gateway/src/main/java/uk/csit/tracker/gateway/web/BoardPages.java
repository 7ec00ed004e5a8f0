package uk.csit.tracker.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import uk.csit.tracker.gateway.client.PlanDtos.Priority;
import uk.csit.tracker.gateway.client.PlanDtos.ProgressUpdate;
import uk.csit.tracker.gateway.client.RecordNotFound;
import uk.csit.tracker.gateway.service.BoardPack;
import uk.csit.tracker.gateway.service.BoardPackService;
import uk.csit.tracker.gateway.service.Forwarder;
import uk.csit.tracker.gateway.service.StatusService;
import uk.csit.tracker.gateway.service.TraceService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;
import uk.csit.tracker.kit.security.Capability;

/**
 * Over 300 lines: the board view's routes, each short; what a page shows is in BoardTemplates and the Qute templates.
 *
 * The board's pages, for people: server-rendered with GOV.UK Frontend's styles, working without JavaScript. A person
 * signs in through the council's OpenID Connect provider; every read and write is made with their own access token
 * through the same services and rules as the API. Not part of the API's contract.
 */
@Path("/board")
@Produces(MediaType.TEXT_HTML)
public class BoardPages {

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
    KpiTrends kpiTrends;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Capability.READ)
    public String overview(@QueryParam("asOf") String asOf) {
        LocalDate day = QueryValues.pastDay("asOf", asOf, clock);
        BoardPack.Position position = packs.position(person.caller(), day, null);
        return BoardTemplates.overview(frame("Overview").asAt(past(day)), position.now(), BoardPackPage.figures(position.now()),
                position, kpiTrends.upTo(position.now(), position.asOf(), person.caller())).render();
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
    public String action(@PathParam("ref") String ref, @QueryParam("updated") String updated,
            @QueryParam("asOf") String asOf) {
        return actionPage(ref, ProgressForm.blank(today()), "true".equals(updated),
                past(QueryValues.pastDay("asOf", asOf, clock)));
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
        requireFormToken(formToken);
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
            return Response.status(400).entity(actionPage(ref, form, false, null)).type(MediaType.TEXT_HTML_TYPE).build();
        }
        ObjectNode body = JSON.createObjectNode().put("date", date.toString()).put("narrative", narrative.trim())
                .put("rag", rag.trim());
        try {
            body.put("percentComplete", new java.math.BigDecimal(percent.trim()));
        } catch (NumberFormatException e) {
            body.put("percentComplete", percent.trim());
        }
        Response answer = postToPlan("/api/v1/actions/" + encoded(ref) + "/progress-updates", MediaType.APPLICATION_JSON,
                body.toString().getBytes(StandardCharsets.UTF_8), form.idempotencyKey());
        if (answer.getStatus() / 100 == 2) {
            // Post, redirect, get: a reload of the page that follows cannot send the update again.
            return Response.seeOther(URI.create("/board/actions/" + encoded(ref) + "?updated=true")).build();
        }
        List<FormError> refused = ServiceProblems.asFormErrors(answer);
        ProgressForm again = new ProgressForm(day, month, year, narrative, rag, percent, form.idempotencyKey(), refused);
        return Response.status(answer.getStatus() == 422 || answer.getStatus() == 400 ? 400 : answer.getStatus())
                .entity(actionPage(ref, again, false, null)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("accessibility")
    @PermitAll
    public String accessibility() {
        return BoardTemplates.accessibility(Frame.open("Accessibility statement")).render();
    }

    @GET
    @Path("changes")
    @RolesAllowed(Capability.READ)
    public String changes(@QueryParam("asOf") String asOf, @QueryParam("since") String since) {
        LocalDate day = QueryValues.pastDay("asOf", asOf, clock);
        LocalDate from = QueryValues.pastDay("since", since, clock);
        BoardPack pack = packs.pack(person.caller(), day, from);
        return BoardTemplates.changes(frame("What changed since " + Formats.longDate(pack.since())), pack,
                BoardPackPage.figures(pack.now())).render();
    }

    @GET
    @Path("recommendations/{ref}")
    @RolesAllowed(Capability.READ)
    public String recommendation(@PathParam("ref") String ref, @QueryParam("asOf") String asOf) {
        LocalDate day = past(QueryValues.pastDay("asOf", asOf, clock));
        TraceService.Trace trace = traces.trace(ref, person.caller(), day);
        return BoardTemplates.recommendation(frame("Recommendation " + trace.recommendation().ref()).asAt(day), trace)
                .render();
    }

    @GET
    @Path("priorities/{ref}")
    @RolesAllowed(Capability.READ)
    public String priority(@PathParam("ref") String ref, @QueryParam("asOf") String asOf) {
        LocalDate day = past(QueryValues.pastDay("asOf", asOf, clock));
        Caller caller = person.caller();
        Priority priority = found("priority", ref, day, () -> plan.priority(ref, day, caller));
        List<Action> actions = uk.csit.tracker.gateway.client.Reads.every("actions",
                page -> plan.actionsOfPriority(ref, day, page, caller));
        return BoardTemplates.priority(frame(priority.ref() + ": " + priority.title()).asAt(day), priority, actions)
                .render();
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
        return BoardTemplates.upload(frame("Upload the plan spreadsheet"), List.of(), 0, 0, null, result).render();
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
        requireFormToken(formToken);
        String name = sheet == null || sheet.fileName() == null ? "" : sheet.fileName().toLowerCase(java.util.Locale.UK);
        String type = name.endsWith(".xlsx") ? XLSX : name.endsWith(".csv") ? "text/csv" : null;
        if (sheet == null || sheet.size() == 0 || type == null) {
            List<FormError> errors = List.of(new FormError("sheet", sheet == null || sheet.size() == 0
                    ? "Choose the action sheet to upload" : "The sheet must be a .csv or .xlsx file"));
            return page(400, BoardTemplates.upload(frame("Upload the plan spreadsheet", true), errors, 1, 0, null, null));
        }
        Response answer = postToPlan("/api/v1/actions/import", type,
                java.nio.file.Files.readAllBytes(sheet.uploadedFile()), null);
        JsonNode body = ServiceProblems.body(answer);
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
        return page(answer.getStatus() == 503 ? 503 : 400, BoardTemplates.upload(frame("Upload the plan spreadsheet", true),
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
        Frame frame = new Frame("There is a problem", null, null, false, true, false, null);
        Response.ResponseBuilder out = Response.status(e.type().status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(BoardTemplates.problem(frame, e.getMessage(), errors).render());
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
        return BoardTemplates.signedOut(Frame.open("You have signed out")).render();
    }

    private void requireFormToken(String formToken) {
        if (!person.formTokenIs(formToken)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The form was not one this session was given: open the"
                    + " page again and send it from there.");
        }
    }

    /** A form's content sent on to plan-service as the person, through the gateway's own forwarding. */
    private Response postToPlan(String path, String contentType, byte[] body, String idempotencyKey) {
        Caller caller = person.caller();
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", caller.authorization());
        headers.put("Content-Type", contentType);
        headers.put("Accept", MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        if (caller.requestId() != null) {
            headers.put("X-Request-Id", caller.requestId());
        }
        return forwarder.forward("plan", "POST", path, headers, body, "/");
    }

    /** A record the page is about: a 404 page when the plan does not have it (or did not have it on the day). */
    private static <T> T found(String what, String ref, LocalDate day, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RecordNotFound e) {
            throw day == null ? ProblemException.notFound(what, ref) : ProblemException.notFoundThen(what, ref, day);
        }
    }

    /** The day asked for when it is a past one; null (the page as it is now) for none or today. */
    private LocalDate past(LocalDate day) {
        return day == null || !day.isBefore(today()) ? null : day;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(QueryValues.ENGLAND));
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    private String actionPage(String ref, ProgressForm form, boolean updated, LocalDate day) {
        Caller caller = person.caller();
        Action action = found("action", ref, day, () -> plan.action(ref, day, caller));
        List<ProgressUpdate> updates = plan.progressUpdates(ref, day, caller).items();
        Frame frame = new Frame(action.ref() + ": " + action.title(), person.name(), person.formToken(), true,
                !form.errors().isEmpty(), person.mayWritePlan(), day);
        return BoardTemplates.action(frame, action, updates, person.mayWritePlan(), form, updated).render();
    }

    private Frame frame(String title) {
        return frame(title, false);
    }

    private Frame frame(String title, boolean errors) {
        return new Frame(title, person.name(), person.formToken(), true, errors, person.mayWritePlan(), null);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String encoded(String ref) {
        return java.net.URLEncoder.encode(ref, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
