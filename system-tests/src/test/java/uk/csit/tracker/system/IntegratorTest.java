package uk.csit.tracker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.csit.tracker.client.ApiClient;
import uk.csit.tracker.client.ApiException;
import uk.csit.tracker.client.ApiResponse;
import uk.csit.tracker.client.api.ActionsApi;
import uk.csit.tracker.client.api.AllocationsApi;
import uk.csit.tracker.client.api.BoardsApi;
import uk.csit.tracker.client.api.ChangesApi;
import uk.csit.tracker.client.api.ContextFiguresApi;
import uk.csit.tracker.client.api.DfEReviewsApi;
import uk.csit.tracker.client.api.FinancialYearsApi;
import uk.csit.tracker.client.api.FindingsApi;
import uk.csit.tracker.client.api.FundingSourcesApi;
import uk.csit.tracker.client.api.InspectionsApi;
import uk.csit.tracker.client.api.InterventionsApi;
import uk.csit.tracker.client.api.KpisApi;
import uk.csit.tracker.client.api.OverviewApi;
import uk.csit.tracker.client.api.PlansApi;
import uk.csit.tracker.client.api.PrioritiesApi;
import uk.csit.tracker.client.api.ProgrammesApi;
import uk.csit.tracker.client.api.SpendApi;
import uk.csit.tracker.client.api.StatusApi;
import uk.csit.tracker.client.api.WebhooksApi;
import uk.csit.tracker.client.model.Action;
import uk.csit.tracker.client.model.ActionStatus;
import uk.csit.tracker.client.model.FinanceSummaryYear;
import uk.csit.tracker.client.model.MergedChange;
import uk.csit.tracker.client.model.MergedChangeFeedPage;
import uk.csit.tracker.client.model.ProgressUpdate;
import uk.csit.tracker.client.model.ProgressUpdateRequest;
import uk.csit.tracker.client.model.Status;
import uk.csit.tracker.client.model.WebhookCreated;
import uk.csit.tracker.client.model.WebhookRequest;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.TokenCommand;

/**
 * The packaged system as an integrator meets it, with the Havering seed: the four documents it serves are the
 * committed contracts, and a client that openapi-generator made of the gateway's contract (at build time, unchanged)
 * reads the status with its money exact, pages every list, follows the change feed from the beginning and builds a
 * copy of every collection from it alone, changes an action by sending back what it read, adds a progress update
 * twice with one Idempotency-Key, and receives a webhook whose signature the Standard Webhooks library accepts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Turns.SEEDED)
@ExtendWith(SeededSystem.Given.class)
class IntegratorTest extends OneSystemPerClass {

    /** The product's days are England's (Europe/London), whatever the machine's zone. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1, as integrators' plain clients speak to the gateway (the JDK's default would try an h2c upgrade). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ApiClient client;
    private String editorToken;
    private HttpServer receiver;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    /** The subscriptions this class made, removed with its receiver. */
    private final List<String> subscriptions = new CopyOnWriteArrayList<>();

    /** One request the receiver was sent. */
    record Delivery(String body, Map<String, List<String>> headers) {
    }

    @BeforeAll
    void onThePackagedSystemWithAWebhookReceiver(SeededSystem seeded) throws Exception {
        runOn(seeded);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
            received.add(new Delivery(body, headers));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String admin = TokenCommand.sign(system.signingKeys(), "integrator@council.example", List.of("ADMIN"),
                Duration.ofHours(1));
        editorToken = admin;
        client = new ApiClient();
        client.updateBaseUri(system.baseUrl(ServiceModule.GATEWAY));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + admin));
    }

    /**
     * The class's subscriptions go with its receiver: left on the seeded system, they would be retried for a day, and
     * its gateway would read every feed each second for the classes after this one.
     */
    @AfterAll
    void stop() throws Exception {
        for (String id : subscriptions) {
            new WebhooksApi(client).deleteWebhook(id);
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void theDocumentsServedAreTheCommittedContracts() throws Exception {
        Map<ServiceModule, String> modules = Map.of(ServiceModule.GATEWAY, "gateway", ServiceModule.PLAN, "plan-service",
                ServiceModule.INSPECTION, "inspection-service", ServiceModule.FINANCE, "finance-service");
        for (Map.Entry<ServiceModule, String> module : modules.entrySet()) {
            JsonNode served = JSON.readTree(get(system.baseUrl(module.getKey()) + "/q/openapi?format=json", null));
            JsonNode committed = JSON.readTree(Files.readString(ROOT.resolve(module.getValue()).resolve("openapi.json")));
            assertEquals(committed, served, module.getValue() + " serves its committed contract");
        }
    }

    @Test
    void theStatusCarriesEveryMoneyFigureExactlyAsTheFinanceServiceWroteIt() throws Exception {
        Status status = new StatusApi(client).getStatus(null, null);
        assertFalse(Boolean.TRUE.equals(status.getDegraded()), "every source answered");
        String own = get(system.baseUrl(ServiceModule.FINANCE) + "/api/v1/finance-summary", editorToken);
        String gateway = get(system.baseUrl(ServiceModule.GATEWAY) + "/api/v1/status", editorToken);
        List<FinanceSummaryYear> years = status.getFinance().getYears();
        assertFalse(years.isEmpty(), "the seed has money");
        for (FinanceSummaryYear year : years) {
            for (BigDecimal figure : List.of(year.getAllocatedGbp(), year.getSpentGbp(), year.getForecastOutturnGbp(),
                    year.getVarianceGbp())) {
                assertEquals(2, figure.scale(), "two decimal places: " + figure);
            }
        }
        // As text: every money figure of finance's own answer is in the gateway's, written the same.
        List<String> figures = moneyFigures(JSON.readTree(own));
        assertFalse(figures.isEmpty());
        for (String figure : figures) {
            assertTrue(gateway.contains(figure), figure + " is in the gateway's status as finance wrote it");
        }
    }

    /**
     * The packaged gateway makes the board pack as a PDF (its renderer, fonts and SVG drawer are in the packaged
     * application), and PDFBox finds in it every financial year's allocation as /status gives it.
     */
    @Test
    void theBoardPackIsAPdfWithTheMoneyTheStatusGives() throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(system.baseUrl(ServiceModule.GATEWAY)
                        + "/api/v1/board-pack")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + editorToken).header("Accept", "application/pdf").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(answer.body())) {
            assertTrue(document.getNumberOfPages() >= 6, "a cover and a page per section");
            text = BoardPackText.of(document);
        }
        Status status = new StatusApi(client).getStatus(null, null);
        for (FinanceSummaryYear year : status.getFinance().getYears()) {
            String allocated = BoardPackText.pounds(year.getAllocatedGbp());
            assertTrue(text.contains(allocated), allocated + " is in the pack:\n" + text);
        }
        assertTrue(text.contains(status.getLocalAuthority().getName()), text);
    }

    @Test
    void everyListPagesToItsTotal() throws ApiException {
        Map<String, IntFunction<Paged>> lists = new HashMap<>();
        lists.put("actions", p -> paged(() -> new ActionsApi(client).listActions(null, null, null, null, p, null, null,
                null, 2, null, null), page -> new Paged(page.getItems().stream().map(Action::getRef).toList(),
                page.getTotalItems())));
        lists.put("programmes", p -> paged(() -> new ProgrammesApi(client).listProgrammes(p, 2),
                page -> new Paged(page.getItems().stream().map(x -> x.getRef()).toList(), page.getTotalItems())));
        lists.put("plans", p -> paged(() -> new PlansApi(client).listPlans(p, null, 2),
                page -> new Paged(page.getItems().stream().map(x -> x.getRef()).toList(), page.getTotalItems())));
        lists.put("priorities", p -> paged(() -> new PrioritiesApi(client).listPriorities(null, p, null, null, null, 2),
                page -> new Paged(page.getItems().stream().map(x -> x.getRef()).toList(), page.getTotalItems())));
        lists.put("boards", p -> paged(() -> new BoardsApi(client).listBoards(p, 2),
                page -> new Paged(page.getItems().stream().map(x -> x.getRef()).toList(), page.getTotalItems())));
        lists.put("kpis", p -> paged(() -> new KpisApi(client).listKpis(p, 2),
                page -> new Paged(page.getItems().stream().map(x -> x.getCode()).toList(), page.getTotalItems())));
        lists.put("inspections", p -> paged(() -> new InspectionsApi(client).listInspections(null, p, 2, null, null,
                null), page -> new Paged(page.getItems().stream().map(x -> x.getRef()).toList(), page.getTotalItems())));
        lists.put("findings", p -> paged(() -> new FindingsApi(client).listFindings(null, null, null, p, 2, null, null,
                null), page -> new Paged(page.getItems().stream().map(x -> x.getRef()).toList(), page.getTotalItems())));
        lists.put("judgements", p -> paged(() -> new OverviewApi(client).listJudgements(null, null, null, p, 2, null),
                page -> new Paged(page.getItems().stream().map(x -> x.getInspectionRef() + "/" + x.getArea()).toList(),
                        page.getTotalItems())));
        lists.put("interventions", p -> paged(() -> new InterventionsApi(client).listInterventions(p, 2, null, null),
                page -> new Paged(page.getItems().stream().map(x -> x.getRef()).toList(), page.getTotalItems())));
        lists.put("dfe-reviews", p -> paged(() -> new DfEReviewsApi(client).listDfeReviews(null, p, 2),
                page -> new Paged(page.getItems().stream().map(x -> x.getRef()).toList(), page.getTotalItems())));
        lists.put("allocations", p -> paged(() -> new AllocationsApi(client).listAllocations(null, null, null, p, null,
                2), page -> new Paged(page.getItems().stream().map(x -> x.getRef()).toList(), page.getTotalItems())));
        lists.put("spend", p -> paged(() -> new SpendApi(client).listSpendEntries(null, null, p, 2),
                page -> new Paged(page.getItems().stream().map(x -> x.getExternalId()).toList(), page.getTotalItems())));
        for (Map.Entry<String, IntFunction<Paged>> list : lists.entrySet()) {
            List<String> refs = new ArrayList<>();
            long total = -1;
            for (int page = 0; total < 0 || refs.size() < total; page++) {
                Paged next = list.getValue().apply(page);
                total = next.total();
                if (next.refs().isEmpty()) {
                    break;
                }
                refs.addAll(next.refs());
            }
            assertEquals(total, refs.size(), list.getKey() + ": pages of 2 add up to totalItems");
            assertEquals(refs.size(), new HashSet<>(refs).size(), list.getKey() + ": no item on two pages");
        }
        assertFalse(new FundingSourcesApi(client).listFundingSources().getItems().isEmpty());
        assertFalse(new FinancialYearsApi(client).listFinancialYears().getItems().isEmpty());
        assertFalse(new ContextFiguresApi(client).listContextFigures(null).getItems().isEmpty());
        assertFalse(new OverviewApi(client).listCurrentJudgements().getItems().isEmpty());
    }

    @Test
    void anActionReadCanBeChangedAndSentBackAndAProgressUpdateSentTwiceIsOneAndIsSignedToTheWebhook() throws Exception {
        WebhookRequest hook = new WebhookRequest().url("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks")
                .eventTypes(List.of("uk.csit.tracker.progress-updates.created", "uk.csit.tracker.actions.updated"))
                .description("The integrator test's receiver");
        WebhookCreated created = new WebhooksApi(client).createWebhook(hook);
        subscriptions.add(created.getId().toString());
        assertNotNull(created.getSecret());

        ActionsApi actions = new ActionsApi(client);
        ApiResponse<Action> read = actions.getActionWithHttpInfo("A-1.1", null, null);
        String etag = read.getHeaders().get("etag").get(0);
        ApiException unchanged = assertThrows(ApiException.class, () -> actions.getAction("A-1.1", null, etag));
        assertEquals(304, unchanged.getCode(), "a current If-None-Match is 304");
        Action action = read.getData();
        action.title(action.getTitle() + " (revised)");
        Action replaced = actions.updateAction("A-1.1", etag, action);
        assertEquals(action.getTitle(), replaced.getTitle());
        assertEquals(action.getVersion() + 1, replaced.getVersion());
        // As at the end of yesterday it has the title it had before the change.
        Action yesterday = actions.getAction("A-1.1", LocalDate.now(ENGLAND).minusDays(1),
                null);
        assertEquals(action.getTitle().replace(" (revised)", ""), yesterday.getTitle());

        ProgressUpdateRequest update = new ProgressUpdateRequest().date(LocalDate.now(ENGLAND)).narrative("Audit started")
                .rag(ProgressUpdateRequest.RagEnum.AMBER).percentComplete(new BigDecimal("20.00"));
        // The last action in progress: the board's browser test, which may have run first on this system, completes
        // the first one, and an update of 20% is refused on a complete action.
        String inProgress = actions.listActions(null, null, null, null, 0, null, null, null, 1, "-ref",
                ActionStatus.IN_PROGRESS).getItems().get(0).getRef();
        int before = actions.listProgressUpdates(inProgress, null, 0, 200).getTotalItems().intValue();
        ProgressUpdate first = actions.createProgressUpdate(inProgress, update, "integrator-test-1");
        ProgressUpdate again = actions.createProgressUpdate(inProgress, update, "integrator-test-1");
        assertEquals(first.getRecordedAt(), again.getRecordedAt(), "the same update, not a second");
        assertEquals(before + 1, actions.listProgressUpdates(inProgress, null, 0, 200).getTotalItems().intValue());

        Delivery delivery = awaitDelivery("uk.csit.tracker.progress-updates.created");
        new Webhook(created.getSecret()).verify(delivery.body(), delivery.headers());
        JsonNode event = JSON.readTree(delivery.body());
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals(inProgress, event.path("data").path("after").path("actionRef").asText());
        assertEquals("Audit started", event.path("data").path("after").path("narrative").asText());
    }

    @Test
    void aCopyOfEveryCollectionBuiltFromTheFeedAloneIsWhatTheListsSay() throws Exception {
        // Something changes first, so that the copy is built from updates too, not the seed's creates alone.
        ActionsApi actions = new ActionsApi(client);
        actions.createProgressUpdate("A-2.2", new ProgressUpdateRequest().date(LocalDate.now(ENGLAND)).narrative("Rota agreed")
                .rag(ProgressUpdateRequest.RagEnum.GREEN).percentComplete(new BigDecimal("35.00")), null);
        Map<String, Map<String, JsonNode>> copy = new HashMap<>();
        ChangesApi changes = new ChangesApi(client);
        String after = null;
        int read = 0;
        while (true) {
            MergedChangeFeedPage page = changes.listChanges(after, 200);
            assertFalse(Boolean.TRUE.equals(page.getDegraded()), "every service answered");
            for (MergedChange change : page.getItems()) {
                read++;
                Map<String, JsonNode> collection = copy.computeIfAbsent(change.getEntityType(), t -> new HashMap<>());
                if (change.getAfter() == null) {
                    collection.remove(change.getEntityRef());
                } else {
                    collection.put(change.getEntityRef(), JSON.valueToTree(change.getAfter()));
                }
            }
            if (!Boolean.TRUE.equals(page.getHasMore())) {
                break;
            }
            after = page.getNextCursor();
        }
        assertTrue(read > 50, "the seed's records are in the feed: " + read + " changes");

        String gateway = system.baseUrl(ServiceModule.GATEWAY);
        Map<String, Map<String, JsonNode>> lists = new HashMap<>();
        lists.put("programmes", byKey(all(gateway + "/api/v1/programmes"), "ref"));
        lists.put("plans", byKey(all(gateway + "/api/v1/plans"), "ref"));
        lists.put("priorities", byKey(all(gateway + "/api/v1/priorities"), "ref"));
        lists.put("actions", byKey(all(gateway + "/api/v1/actions"), "ref"));
        lists.put("boards", byKey(all(gateway + "/api/v1/boards"), "ref"));
        lists.put("kpis", byKey(all(gateway + "/api/v1/kpis"), "code"));
        lists.put("inspections", byKey(all(gateway + "/api/v1/inspections"), "ref"));
        lists.put("interventions", byKey(all(gateway + "/api/v1/interventions"), "ref"));
        lists.put("dfe-reviews", byKey(all(gateway + "/api/v1/dfe-reviews"), "ref"));
        lists.put("allocations", byKey(all(gateway + "/api/v1/allocations"), "ref"));
        lists.put("spend", byKey(all(gateway + "/api/v1/spend"), "externalId"));
        lists.put("financial-years", byKey(items(gateway + "/api/v1/financial-years"), "label"));
        lists.put("funding-sources", byKey(items(gateway + "/api/v1/funding-sources"), "ref"));
        lists.put("context-figures", byKey(items(gateway + "/api/v1/context-figures"), "ref"));
        Map<String, JsonNode> judgements = new HashMap<>();
        all(gateway + "/api/v1/judgements").forEach(j -> judgements.put(j.path("inspectionRef").asText() + "/"
                + j.path("area").asText(), j));
        lists.put("judgements", judgements);
        // A finding's status history is on its own read, not in the list.
        Map<String, JsonNode> findings = new HashMap<>();
        for (JsonNode finding : all(gateway + "/api/v1/findings")) {
            String ref = finding.path("ref").asText();
            findings.put(ref, JSON.readTree(get(gateway + "/api/v1/findings/" + ref, editorToken)));
        }
        lists.put("findings", findings);
        Map<String, JsonNode> milestones = new HashMap<>();
        Map<String, JsonNode> meetings = new HashMap<>();
        Map<String, JsonNode> values = new HashMap<>();
        Map<String, JsonNode> forecasts = new HashMap<>();
        Map<String, Set<JsonNode>> progress = new HashMap<>();
        for (String action : lists.get("actions").keySet()) {
            items(gateway + "/api/v1/actions/" + action + "/milestones")
                    .forEach(m -> milestones.put(action + "/" + m.path("id").asText(), m));
            progress.put(action, new HashSet<>(all(gateway + "/api/v1/actions/" + action + "/progress-updates")));
        }
        for (String board : lists.get("boards").keySet()) {
            items(gateway + "/api/v1/boards/" + board + "/meetings").forEach(m -> meetings.put(m.path("ref").asText(), m));
        }
        for (String kpi : lists.get("kpis").keySet()) {
            items(gateway + "/api/v1/kpis/" + kpi + "/values")
                    .forEach(v -> values.put(kpi + ("PUBLISHED".equals(v.path("basis").asText()) ? "/published/" : "/")
                            + v.path("periodStart").asText(), v));
        }
        for (String allocation : lists.get("allocations").keySet()) {
            items(gateway + "/api/v1/forecasts?allocation=" + allocation)
                    .forEach(f -> forecasts.put(allocation + "/" + f.path("month").asText(), f));
        }
        lists.put("milestones", milestones);
        lists.put("board-meetings", meetings);
        lists.put("kpi-values", values);
        lists.put("forecasts", forecasts);

        for (Map.Entry<String, Map<String, JsonNode>> list : lists.entrySet()) {
            assertEquals(list.getValue(), copy.getOrDefault(list.getKey(), Map.of()),
                    list.getKey() + ": the copy from the feed is what the API lists");
        }
        Map<String, Set<JsonNode>> copiedProgress = new HashMap<>();
        lists.get("actions").keySet().forEach(action -> copiedProgress.put(action, new HashSet<>()));
        copy.getOrDefault("progress-updates", Map.of()).forEach((ref, update) ->
                copiedProgress.get(ref.substring(0, ref.lastIndexOf('/'))).add(update));
        assertEquals(progress, copiedProgress, "progress updates: the copy from the feed is what the API lists");
        assertFalse(copy.get("progress-updates").isEmpty());
    }

    @Test
    void everyReadThatCarriesAnETagAnswers304WhileItIsCurrent() throws Exception {
        String gateway = system.baseUrl(ServiceModule.GATEWAY);
        String hook = new WebhooksApi(client).createWebhook(new WebhookRequest().url("http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hooks").eventTypes(List.of("uk.csit.tracker.boards.created")))
                .getId().toString();
        subscriptions.add(hook);
        JsonNode contract = JSON.readTree(Files.readString(ROOT.resolve("gateway").resolve("openapi.json")));
        List<String> checked = new ArrayList<>();
        List<String> unfilled = new ArrayList<>();
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) () -> contract.path("paths").fields()) {
            JsonNode get = path.getValue().path("get");
            if (!get.path("parameters").toString().contains("#/components/parameters/If-None-Match")) {
                continue;
            }
            String url = fill(gateway, path.getKey(), hook);
            if (url == null) {
                unfilled.add(path.getKey());
                continue;
            }
            HttpResponse<String> first = send(url, null);
            assertEquals(200, first.statusCode(), url + ": " + first.body());
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(url + " has no ETag"));
            HttpResponse<String> again = send(url, etag);
            assertEquals(304, again.statusCode(), url + " with If-None-Match " + etag);
            assertEquals("", again.body(), url + ": a 304 has no body");
            checked.add(path.getKey());
        }
        assertEquals(List.of(), unfilled, "reads with an ETag this test could not reach");
        assertTrue(checked.size() >= 17, "checked " + checked);
    }

    @Test
    void everyRecordThatCanBeReplacedTakesBackWhatWasReadOfIt() throws Exception {
        String gateway = system.baseUrl(ServiceModule.GATEWAY);
        JsonNode contract = JSON.readTree(Files.readString(ROOT.resolve("gateway").resolve("openapi.json")));
        List<String> replaced = new ArrayList<>();
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) () -> contract.path("paths").fields()) {
            if (!path.getValue().has("put")) {
                continue;
            }
            String url = fill(gateway, path.getKey(), null);
            assertNotNull(url, path.getKey());
            HttpResponse<String> read = send(url, null);
            assertEquals(200, read.statusCode(), url);
            HttpRequest put = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + editorToken).header("Content-Type", "application/json")
                    .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                    .PUT(HttpRequest.BodyPublishers.ofString(read.body())).build();
            HttpResponse<String> answer = HTTP.send(put, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), "PUT " + url + " of what was read: " + answer.body());
            replaced.add(path.getKey());
        }
        assertEquals(10, replaced.size(), "replaced " + replaced);
    }

    /** A path of the contract with its parameters filled from the seed, or null when this test knows none. */
    private String fill(String gateway, String path, String webhook) throws Exception {
        if (!path.contains("{")) {
            return gateway + path;
        }
        if (path.equals("/api/v1/webhooks/{id}")) {
            return gateway + "/api/v1/webhooks/" + webhook;
        }
        if (path.equals("/api/v1/kpis/{ref}/published-source")) {
            return gateway + "/api/v1/kpis/SW_CASELOAD/published-source"; // the seed says where caseload is published
        }
        if (path.equals("/api/v1/inspections/{ref}/judgements/{area}")) {
            JsonNode judgement = JSON.readTree(get(gateway + "/api/v1/judgements?size=1", editorToken)).path("items").get(0);
            return gateway + "/api/v1/inspections/" + judgement.path("inspectionRef").asText() + "/judgements/"
                    + judgement.path("area").asText();
        }
        if (path.equals("/api/v1/recommendations/{ref}")) {
            return gateway + "/api/v1/recommendations/" + JSON.readTree(get(gateway
                    + "/api/v1/findings?type=RECOMMENDATION&size=1", editorToken)).path("items").get(0).path("ref").asText();
        }
        java.util.regex.Matcher one = java.util.regex.Pattern.compile("/api/v1/([a-z-]+)/\\{ref}").matcher(path);
        if (!one.matches()) {
            return null;
        }
        String collection = one.group(1);
        String key = switch (collection) {
            case "kpis" -> "code";
            case "financial-years" -> "label";
            case "spend" -> "externalId";
            default -> "ref";
        };
        JsonNode items = JSON.readTree(get(gateway + "/api/v1/" + collection, editorToken)).path("items");
        return items.isEmpty() ? null : gateway + "/api/v1/" + collection + "/" + items.get(0).path(key).asText();
    }

    private HttpResponse<String> send(String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + editorToken);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- helpers

    /** A page's refs and total, whatever the list. */
    record Paged(List<String> refs, long total) {
    }

    interface Call<T> {
        T call() throws ApiException;
    }

    private static <T> Paged paged(Call<T> call, java.util.function.Function<T, Paged> refs) {
        try {
            return refs.apply(call.call());
        } catch (ApiException e) {
            throw new AssertionError("HTTP " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    private Delivery awaitDelivery(String type) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (Delivery delivery : received) {
                if (JSON.readTree(delivery.body()).path("type").asText().equals(type)) {
                    return delivery;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No " + type + " delivered within 30 s; received " + received.size());
    }

    /** Every money figure (a property named ...Gbp) in a JSON document, as written. */
    private static List<String> moneyFigures(JsonNode node) {
        List<String> figures = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            if (field.getKey().endsWith("Gbp") && field.getValue().isNumber()) {
                figures.add("\"" + field.getKey() + "\":" + field.getValue().decimalValue().toPlainString());
            }
            figures.addAll(moneyFigures(field.getValue()));
        });
        node.elements().forEachRemaining(element -> {
            if (element.isContainerNode() && node.isArray()) {
                figures.addAll(moneyFigures(element));
            }
        });
        return figures;
    }

    private String get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = HTTP.send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), url + " answered " + answer.body());
        return answer.body();
    }

    /** Every item of a paged list. */
    private List<JsonNode> all(String url) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = JSON.readTree(get(url + (url.contains("?") ? "&" : "?") + "size=200&page=" + page,
                    editorToken));
            answer.path("items").forEach(all::add);
            if (all.size() >= answer.path("totalItems").asLong() || answer.path("items").isEmpty()) {
                return all;
            }
        }
    }

    /** The items of an unpaged list. */
    private List<JsonNode> items(String url) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(get(url, editorToken)).path("items").forEach(items::add);
        return items;
    }

    private static Map<String, JsonNode> byKey(List<JsonNode> items, String key) {
        Map<String, JsonNode> byKey = new HashMap<>();
        items.forEach(item -> byKey.put(item.path(key).asText(), item));
        return byKey;
    }
}
