package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.http.QueryValues;

/**
 * The board's pages as a browser meets them without script: signed in through a real OpenID Connect provider (code
 * flow, cookies, redirects), reading with the person's own token, and posting a progress update with the form.
 */
@QuarkusTest
class BoardPagesTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    CircuitBreakerMaintenance breakers;

    static final String TODAY = LocalDate.now(QueryValues.ENGLAND).toString();

    @BeforeEach
    void services() {
        StubbedServices.resetAll();
        breakers.resetAll();
        String since = LocalDate.parse(TODAY).minusMonths(1).toString();
        BoardPackTest.stubDay(TODAY, "OPEN", true,
                StubAnswers.counts("RED", 2, "AMBER", 3, "GREEN", 6, "COMPLETE", 4),
                StubAnswers.counts("IN_PROGRESS", 11, "COMPLETE", 4), 1, "GREEN", "RED", "15.0", "15200000.00");
        BoardPackTest.stubDay(since, "OPEN", false, StubAnswers.counts("RED", 1), StubAnswers.counts("IN_PROGRESS", 15),
                0, "RED", "AMBER", "18.9", "14000000.00");
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/timeline")).willReturn(okJson(StubAnswers.page())));
        StubbedServices.inspection.stubFor(get(urlPathEqualTo("/api/v1/timeline")).willReturn(okJson(StubAnswers.page())));
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/actions")).willReturn(okJson(StubAnswers.page())));
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/kpis/SW_CASELOAD/values")).willReturn(okJson("""
                {"items":[{"kpiCode":"SW_CASELOAD","periodLabel":"2023","periodEnd":"2023-09-30","value":20.4},
                          {"kpiCode":"SW_CASELOAD","periodLabel":"2024","periodEnd":"2024-09-30","value":18.9},
                          {"kpiCode":"SW_CASELOAD","periodLabel":"2025","periodEnd":"2025-09-30","value":15.0}]}""")));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/actions/A-1.1")).willReturn(okJson(
                BoardPackTest.action("A-1.1", "Audit supervision <quarterly>", "RED", "true"))));
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/actions/A-1.1/progress-updates")).willReturn(okJson(
                StubAnswers.page("""
                        {"actionRef":"A-1.1","date":"2025-09-20","narrative":"Supervision audit rolled out to two teams",
                         "rag":"RED","percentComplete":40}"""))));
    }

    @AfterEach
    void reset() {
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    /** A browser without script: keeps cookies, follows redirects. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    HttpResponse<String> open(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> submit(HttpClient browser, String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), name + " is in the form");
        return m.group(1);
    }

    @Test
    void anAdviserSignsInAndSeesTheOverview() throws Exception {
        SignInProvider.nextSignIn("adviser@dfe.test", "ADVISOR");
        HttpClient browser = browser();
        HttpResponse<String> page = open(browser, "board");
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(base.resolve("board").getPath(), page.uri().getPath(), "back where they asked to go");
        String html = page.body();
        assertTrue(html.contains("Improvement overview"), html);
        assertTrue(html.contains("Signed in as adviser@dfe.test"), html);
        assertTrue(html.contains("<strong class=\"govuk-tag govuk-tag--red\">Inadequate</strong>"), html);
        assertTrue(html.contains("Improvement notice (DFE-IN-2024)"), html);
        assertTrue(html.contains("role=\"img\"") && html.contains("<table class=\"govuk-table\" id=\"actions-by-rag\">"),
                "the chart with its table: " + html);
        assertTrue(html.contains("£15,200,000.00"), html);
        assertTrue(html.contains("Average social worker caseload"), html);
        assertTrue(html.contains("<desc id=\"trend-SW_CASELOAD-desc\">2023: 20.4; 2024: 18.9; 2025: 15</desc>"),
                "the KPI's trend, in words: " + html);
        assertTrue(html.contains("England 15.2; Outer London 14.6; statistical neighbours' median 15.45. Ranked 4 of 11"
                + " with its neighbours and 65 of 149 councils (quarter 2; 1 is the best)."), "beside others: " + html);
        assertTrue(html.contains("Source: Department for Education, Children&#39;s social work workforce, 2025"), html);
        assertTrue(html.contains(">The experiences and progress of children who need help and protection<"),
                "a judgement in its framework's words: " + html);
        assertTrue(html.contains("31 December 2025: Progress against the plan, to the Secretary of State"),
                "the reports an intervention requires: " + html);
        assertTrue(html.contains("<td class=\"govuk-table__cell\">Families First Partnership (Reform)</td>"
                + "<td class=\"govuk-table__cell\">None yet</td>"), "a reform beside the plan: " + html);
        assertTrue(html.contains("<td class=\"govuk-table__cell\">Improvement plan, 1 January 2024</td>"),
                "each programme's approved plan: " + html);
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertFalse(html.contains("<script"), "no script on the page");
        assertFalse(html.contains("Add a progress update"));
        // GOV.UK Frontend's styles are served from the WebJar the page names, and ours beside them.
        for (String sheet : new String[] {"webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css",
                "assets/board.css"}) {
            assertTrue(html.contains("href=\"/" + sheet + "\""), sheet);
            HttpResponse<String> css = open(browser, sheet);
            assertEquals(200, css.statusCode(), sheet);
            assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"), sheet);
        }
        // The overview reads the earlier day only for its link's words, never that day's picture (the pack does).
        StubbedServices.plan.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo(
                "/api/v1/plan-summary?asOf=" + LocalDate.parse(TODAY).minusMonths(1))));
        // The gateway read the services with the person's own access token.
        StubbedServices.plan.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/api/v1/plan-summary?asOf=" + TODAY)).withHeader("Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer ey.+")));
    }

    @Test
    void theChangesPageComparesTwoDaysAndABadDayIsAPageNotJson() throws Exception {
        SignInProvider.nextSignIn("adviser@dfe.test", "ADVISOR");
        HttpClient browser = browser();
        LocalDate since = LocalDate.parse(TODAY).minusMonths(1);
        HttpResponse<String> page = open(browser, "board/changes?since=" + since);
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("What changed since " + uk.csit.tracker.gateway.web.Formats.longDate(since)), html);
        assertTrue(html.contains("P2: Workforce, from Amber to Red"), "went red: " + html);
        assertTrue(html.contains("P1: Help and protection, from Red to Green"), "recovered: " + html);
        assertTrue(html.contains("href=\"/board/recommendations/MV-2025-R2\""), "a new recommendation, linked: " + html);
        HttpResponse<String> bad = open(browser, "board/changes?since=last%20Tuesday");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "a page for a person");
        assertTrue(bad.body().contains("There is a problem") && bad.body().contains("since: must be a real date"),
                bad.body());
    }

    @Test
    void theOverviewStillRendersWhenAServiceIsDownAndSaysWhatIsMissing() throws Exception {
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary?asOf=" + TODAY))
                .willReturn(aResponse().withStatus(503)));
        SignInProvider.nextSignIn("adviser@dfe.test", "ADVISOR");
        HttpResponse<String> page = open(browser(), "board");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("the finance service's figures are missing"), page.body());
        assertTrue(page.body().contains("Not available: the finance service did not answer."), page.body());
        assertTrue(page.body().contains("Improvement notice (DFE-IN-2024)"), "the rest is there");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        SignInProvider.nextSignIn("adviser@dfe.test", "ADVISOR");
        HttpClient browser = browser();
        assertEquals(200, open(browser, "board").statusCode());
        HttpResponse<String> out = open(browser, "board/sign-out");
        assertEquals(200, out.statusCode());
        assertTrue(out.uri().getPath().endsWith("/board/signed-out") && out.body().contains("You have signed out"),
                out.uri() + " " + out.body());
        HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(browser.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> again = noRedirects.send(HttpRequest.newBuilder(base.resolve("board")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, again.statusCode(), "signed out means signed out");
    }

    @Test
    void anOfficerPostsAProgressUpdateAndErrorsAreSummarised() throws Exception {
        SignInProvider.nextSignIn("officer@havering.test", "PLAN_EDITOR");
        HttpClient browser = browser();
        String html = open(browser, "board/actions/A-1.1").body();
        assertTrue(html.contains("Audit supervision &lt;quarterly&gt;"), "escaped: " + html);
        assertTrue(html.contains("Supervision audit rolled out to two teams"), html);
        assertTrue(html.contains("Add a progress update"), html);
        String token = hidden(html, "formToken");
        String key = hidden(html, "idempotencyKey");

        Map<String, String> form = new LinkedHashMap<>(Map.of("formToken", token, "idempotencyKey", key,
                "date-day", "31", "date-month", "2", "date-year", "2025", "narrative", " ", "percentComplete", "50"));
        HttpResponse<String> refused = submit(browser, "board/actions/A-1.1/progress-updates", form);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("govuk-error-summary"), refused.body());
        assertTrue(refused.body().contains("<a href=\"#date-day\">"), "each error links to its field");
        assertTrue(refused.body().contains("<a href=\"#narrative\">"));
        assertTrue(refused.body().contains("<a href=\"#rag\">"));
        assertTrue(refused.body().contains("<title>Error: "), "the title says there is an error");

        StubbedServices.plan.stubFor(post(urlEqualTo("/api/v1/actions/A-1.1/progress-updates"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        form.putAll(Map.of("date-day", "30", "date-month", "9", "date-year", "2025", "narrative", "Audit done",
                "rag", "AMBER"));
        HttpResponse<String> done = submit(browser, "board/actions/A-1.1/progress-updates", form);
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.uri().toString().endsWith("/board/actions/A-1.1?updated=true"), "post, redirect, get");
        assertTrue(done.body().contains("Your progress update was recorded."), done.body());
        StubbedServices.plan.verify(postRequestedFor(urlEqualTo("/api/v1/actions/A-1.1/progress-updates"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withRequestBody(matchingJsonPath("$.date", equalTo("2025-09-30")))
                .withRequestBody(matchingJsonPath("$.rag", equalTo("AMBER")))
                .withRequestBody(matchingJsonPath("$.narrative", equalTo("Audit done"))));

        form.put("formToken", "forged");
        assertEquals(403, submit(browser, "board/actions/A-1.1/progress-updates", form).statusCode(),
                "a form this session was not given is refused");
    }

    @Test
    void aServiceRefusalIsShownOnTheForm() throws Exception {
        SignInProvider.nextSignIn("officer@havering.test", "PLAN_EDITOR");
        HttpClient browser = browser();
        String html = open(browser, "board/actions/A-1.1").body();
        StubbedServices.plan.stubFor(post(urlEqualTo("/api/v1/actions/A-1.1/progress-updates")).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://csit.uk/problems/unprocessable","title":"Request cannot be processed","status":422,
                         "detail":"1 field is not valid","errors":[{"field":"date","message":"must not be in the future"}]}""")));
        HttpResponse<String> refused = submit(browser, "board/actions/A-1.1/progress-updates", Map.of(
                "formToken", hidden(html, "formToken"), "idempotencyKey", hidden(html, "idempotencyKey"),
                "date-day", "1", "date-month", "1", "date-year", "2099", "narrative", "Later", "rag", "GREEN",
                "percentComplete", "10"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<a href=\"#date-day\">must not be in the future</a>"), refused.body());
        assertTrue(refused.body().contains(">Later</textarea>"), "what was typed is kept");
    }

    @Test
    void anActionAsAtAPastDayIsReadAsItStoodThenAndOffersNoForm() throws Exception {
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/actions/A-1.1?asOf=2025-03-31")).willReturn(okJson(
                BoardPackTest.action("A-1.1", "Audit supervision as it stood", "AMBER", "false"))));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/actions/A-9?asOf=2025-03-31")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody(StubAnswers.problem(404, "Not found"))));
        SignInProvider.nextSignIn("officer@havering.test", "PLAN_EDITOR");
        HttpClient browser = browser();
        HttpResponse<String> page = open(browser, "board/actions/A-1.1?asOf=2025-03-31");
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("Audit supervision as it stood"), html);
        assertTrue(html.contains("as it stood at the end of 31 March 2025"), html);
        assertTrue(html.contains("href=\"/board?asOf=2025-03-31\""), "the way back stays on the day");
        assertFalse(html.contains("Add a progress update"), "nothing is changed on a page of the past");
        StubbedServices.plan.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/api/v1/actions/A-1.1/progress-updates"))
                .withQueryParam("asOf", equalTo("2025-03-31")));
        assertTrue(open(browser, "board/actions/A-1.1").body().contains("Add a progress update"), "today's page has it");

        HttpResponse<String> missing = open(browser, "board/actions/A-9?asOf=2025-03-31");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("at the end of 2025-03-31"), missing.body());
        assertEquals(400, open(browser, "board/actions/A-1.1?asOf=2099-01-01").statusCode());
    }

    @Test
    void aViewerReadsButIsNotOfferedTheFormNorMayPostIt() throws Exception {
        SignInProvider.nextSignIn("member@havering.test", "VIEWER");
        HttpClient browser = browser();
        String html = open(browser, "board/actions/A-1.1").body();
        assertTrue(html.contains("Audit supervision"), html);
        assertFalse(html.contains("Add a progress update"));
        HttpResponse<String> post = submit(browser, "board/actions/A-1.1/progress-updates", Map.of("formToken", "x"));
        assertEquals(403, post.statusCode());
    }

    @Test
    void nobodySignedInIsSentToTheProviderAndTheApiStillAnswers401() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = noRedirects.send(HttpRequest.newBuilder(base.resolve("board")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("")
                .startsWith(SignInProvider.server.issuerUrl(SignInProvider.ISSUER).toString()), page.headers().map()
                .toString());
        HttpResponse<String> statement = noRedirects.send(HttpRequest.newBuilder(base.resolve("board/accessibility"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, statement.statusCode());
        assertTrue(statement.body().contains("Accessibility statement"));
        HttpResponse<String> api = noRedirects.send(HttpRequest.newBuilder(base.resolve("api/v1/status"))
                .header(uk.csit.tracker.kit.testing.JwtResource.NO_TOKEN, "true").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode(), "the API is not redirected to a sign-in");
        assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElse(""));
    }
}
