package uk.csit.tracker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.TokenCommand;

/**
 * The board's pages in Debian's Chromium, against the packaged system started as bin/run starts it (its sign-in
 * provider, the Havering seed): a person signs in, reads the overview, downloads the pack, posts a progress update
 * with the keyboard alone; axe-core finds no WCAG 2.2 AA violation on any page. Screenshots are kept in
 * target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Turns.SEEDED)
@ExtendWith(SeededSystem.Given.class)
class BoardInABrowserTest extends OneSystemPerClass {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String gateway;
    private String adviserToken;
    private WebDriver browser;

    @BeforeAll
    void onThePackagedSystemAsBinRunStartsIt(SeededSystem seeded) throws Exception {
        runOn(seeded);
        gateway = system.baseUrl(ServiceModule.GATEWAY);
        adviserToken = TokenCommand.sign(system.signingKeys(), "adviser@dfe.test", List.of("ADVISOR"),
                Duration.ofHours(1));
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void openABrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("chromium", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1800",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // An element is looked for for up to 5 s: a page reached by a click or a key may still be loading.
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signInAs(String name, String roleId) {
        browser.get(gateway + "/board");
        assertTrue(browser.getTitle().startsWith("Sign in"), "the provider's sign-in page: " + browser.getTitle());
        assertNoViolations("sign-in");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id(roleId)).click();
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // The provider answers the sign-in with a page that sends the browser back to the gateway.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30)).until(
                d -> d.getCurrentUrl().startsWith(gateway + "/board") && !d.findElements(By.cssSelector(".govuk-header")).isEmpty());
    }

    @Test
    void anAdviserSeesHaveringsOverviewAndDownloadsTheBoardPack() throws Exception {
        signInAs("adviser@dfe.test", "role-advisor");
        assertTrue(browser.getCurrentUrl().startsWith(gateway + "/board"), browser.getCurrentUrl());
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("London Borough of Havering"), page);
        List<WebElement> inadequate = browser.findElements(By.xpath("//table[@id='judgements']//strong[text()='Inadequate']"));
        assertEquals(4, inadequate.size(), "four Inadequate judgements: " + page);
        assertTrue(page.contains("Improvement notice"), page);
        JsonNode status = api("/api/v1/status");
        for (JsonNode year : status.path("finance").path("years")) {
            String label = year.path("financialYear").path("label").asText();
            String row = browser.findElement(By.xpath("//table[@id='money']//tr[td[1][text()='" + label + "']]")).getText();
            assertTrue(row.contains(BoardPackText.pounds(year.path("allocatedGbp").decimalValue())), label + ": " + row);
        }
        assertTrue(browser.findElement(By.cssSelector(".board-chart svg[role=img] title")).getAttribute("textContent")
                .contains("Actions by RAG rating"));
        shot("overview");
        assertNoViolations("overview");

        // A priority with actions (the reform's, listed first by ref, have none yet and say so).
        String withActions = null;
        for (JsonNode priority : status.path("plan").path("priorities")) {
            if (priority.path("totalActions").asLong() > 0) {
                withActions = priority.path("ref").asText();
                break;
            }
        }
        assertTrue(page.contains("Families First Partnership (Reform)"), "the reform beside the plan: " + page);
        browser.findElement(By.cssSelector("#priorities a[href='/board/priorities/" + withActions + "']")).click();
        assertEquals(1, browser.findElements(By.id("priority-actions")).size(), "the priority's actions");
        assertNoViolations("priority");
        shot("priority");
        browser.get(gateway + "/board");

        // The pack, fetched with the browser's own session as its download link would be.
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/board/pack"))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = BoardPackText.of(document);
            for (String section : List.of("Overview", "What changed since", "Exceptions", "Key performance indicators",
                    "Money", "Coming up")) {
                assertTrue(text.contains(section), section);
            }
            for (JsonNode year : status.path("finance").path("years")) {
                assertTrue(text.contains(BoardPackText.pounds(year.path("allocatedGbp").decimalValue())),
                        "the pack's money is /status's");
            }
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    SHOTS.resolve("board-pack-page-1.png").toFile());
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(1, 80), "png",
                    SHOTS.resolve("board-pack-page-2.png").toFile());
        }

        browser.get(gateway + "/board/changes");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("What changed since"));
        assertTrue(browser.findElements(By.id("rag-changes")).size() == 1, "the plan's changes are there");
        assertNoViolations("changes");
        shot("changes");

        browser.findElement(By.linkText("Overview")).click();
        browser.findElement(By.cssSelector("#recommendations a[href^='/board/recommendations/']")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 0);
        assertTrue(browser.findElement(By.id("recommendation-summary")).getText().contains("Status"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("The plan's answer"));
        assertNoViolations("recommendation");
        shot("recommendation");

        // The overview as at a past day, and a priority from it: the day is carried on, and the page says so.
        browser.get(gateway + "/board");
        WebElement day = browser.findElement(By.id("asOf"));
        day.clear();
        day.sendKeys("2025-03-26", Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("asOf=2025-03-26"));
        assertTrue(browser.findElement(By.id("as-at")).getText().contains("26 March 2025"));
        browser.findElement(By.cssSelector("#priorities a[href^='/board/priorities/']")).click();
        assertTrue(browser.getCurrentUrl().endsWith("?asOf=2025-03-26"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("as-at")).getText().contains("26 March 2025"));
        assertNoViolations("priority-as-at");
        shot("priority-as-at");

        browser.get(gateway + "/board/pack?format=html");
        assertNoViolations("board-pack");
        browser.get(gateway + "/board/accessibility");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Accessibility statement"));
        assertNoViolations("accessibility");
        shot("accessibility");

        browser.get(gateway + "/board");
        browser.findElement(By.linkText("Sign out")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(gateway + "/board/signed-out"));
        assertEquals("You have signed out", browser.findElement(By.tagName("h1")).getText());
        assertNoViolations("signed-out");
        browser.get(gateway + "/board");
        assertTrue(browser.getTitle().startsWith("Sign in"), "signed out means signed out: " + browser.getTitle());
    }

    @Test
    void anOfficerPostsAProgressUpdateWithTheKeyboardAndTheRagMoves() throws Exception {
        JsonNode open = api("/api/v1/actions?status=IN_PROGRESS&sort=ref&size=1").path("items").get(0);
        String ref = open.path("ref").asText();
        long completeBefore = api("/api/v1/status").path("plan").path("byRag").path("COMPLETE").asLong();
        signInAs("officer@havering.test", "role-plan-editor");
        browser.get(gateway + "/board/actions/" + ref);
        assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 0);
        assertNoViolations("action");

        // Keyboard only: from the top of the page, Tab to the form's first field, fill it in field by field.
        browser.findElement(By.tagName("body")).sendKeys(Keys.HOME);
        WebElement focused = browser.switchTo().activeElement();
        for (int presses = 0; presses < 80 && !"date-day".equals(focused.getAttribute("id")); presses++) {
            focused.sendKeys(Keys.TAB);
            focused = browser.switchTo().activeElement();
        }
        assertEquals("date-day", focused.getAttribute("id"), "the form is reached with Tab");
        // A first try without a narrative: the error summary names what is missing.
        submitWithEnter();
        waitFor(By.cssSelector(".govuk-error-summary__title"));
        assertEquals("There is a problem", browser.findElement(By.cssSelector(".govuk-error-summary__title")).getText());
        assertTrue(browser.getTitle().startsWith("Error:"), browser.getTitle());
        shot("action-error-summary");
        assertNoViolations("action-error-summary");
        browser.findElement(By.cssSelector(".govuk-error-summary a[href='#narrative']")).sendKeys(Keys.ENTER);

        WebElement narrative = browser.findElement(By.id("narrative"));
        narrative.sendKeys("Practice standards relaunched; every team audited.");
        narrative.sendKeys(Keys.TAB);
        WebElement radio = browser.switchTo().activeElement();
        assertEquals("radio", radio.getAttribute("type"), "Tab from the narrative reaches the RAG");
        while (!"COMPLETE".equals(browser.switchTo().activeElement().getAttribute("value"))) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement percent = browser.switchTo().activeElement();
        assertEquals("percentComplete", percent.getAttribute("id"));
        percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "100");
        percent.sendKeys(Keys.ENTER);
        // A key press that submits a form is not waited for as a click is: wait for the page it leads to.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().endsWith("?updated=true"));

        assertTrue(browser.getCurrentUrl().endsWith("/board/actions/" + ref + "?updated=true"),
                ref + ": " + browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".govuk-notification-banner")).getText()
                .contains("Your progress update was recorded."));
        assertEquals("Complete", browser.findElement(By.cssSelector("#action-rag strong")).getText(), "the RAG moved");
        assertTrue(browser.findElement(By.id("progress-updates")).getText().contains("Practice standards relaunched"));
        shot("action-updated");
        assertNoViolations("action-updated");
        // /status is assembled at most once a second for all callers: give it a few seconds to catch up.
        long completeAfter = completeBefore;
        for (int tries = 0; tries < 20 && completeAfter == completeBefore; tries++) {
            Thread.sleep(250);
            completeAfter = api("/api/v1/status").path("plan").path("byRag").path("COMPLETE").asLong();
        }
        assertEquals(completeBefore + 1, completeAfter, "the plan's RAG counts moved too");
    }

    @Test
    void anOfficerUploadsAPlanWithABadRowAndSeesEachErrorThenTheGoodOne() throws Exception {
        String officer = TokenCommand.sign(system.signingKeys(), "officer@havering.test", List.of("PLAN_EDITOR"),
                Duration.ofHours(1));
        HttpResponse<String> export = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/actions?size=200"))
                .header("Authorization", "Bearer " + officer).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, export.statusCode(), export.body());
        List<String> lines = new java.util.ArrayList<>(export.body().lines().toList());
        Path good = Files.createTempFile("plan", ".csv");
        Files.writeString(good, export.body());
        // One action's percent complete made impossible: the whole sheet is refused, that line named.
        List<String> header = java.util.Arrays.asList(lines.get(0).split(",", -1));
        int percent = header.indexOf("Percent complete");
        assertTrue(percent >= 0, "the export names its columns: " + lines.get(0));
        // A whole record on one line (a list cell holds one entry per line, so some records span several).
        int row = 1;
        List<int[]> spans = cellSpans(lines.get(row));
        while (spans == null || spans.size() != header.size()) {
            spans = cellSpans(lines.get(++row));
        }
        String line = lines.get(row);
        lines.set(row, line.substring(0, spans.get(percent)[0]) + "150" + line.substring(spans.get(percent)[1]));
        Path bad = Files.createTempFile("plan-bad", ".csv");
        Files.writeString(bad, String.join("\n", lines) + "\n");

        signInAs("officer@havering.test", "role-plan-editor");
        browser.findElement(By.linkText("Upload the plan")).click();
        assertNoViolations("upload");
        browser.findElement(By.id("sheet")).sendKeys(bad.toString());
        browser.findElement(By.cssSelector("form[action='/board/import'] button")).click();
        waitFor(By.cssSelector(".govuk-error-summary__title"));
        assertEquals("There is a problem", browser.findElement(By.cssSelector(".govuk-error-summary__title")).getText());
        String summary = browser.findElement(By.id("import-errors")).getText();
        assertTrue(summary.toLowerCase().contains("percent"), "the bad cell is named: " + summary);
        shot("upload-error-summary");
        assertNoViolations("upload-error-summary");

        // Keyboard only: Tab to the file field (a file is given to a focused file field as a person's file dialog
        // would give it), Tab to the button, Enter.
        browser.findElement(By.tagName("body")).sendKeys(Keys.HOME);
        WebElement focused = browser.switchTo().activeElement();
        for (int presses = 0; presses < 80 && !"sheet".equals(focused.getAttribute("id")); presses++) {
            focused.sendKeys(Keys.TAB);
            focused = browser.switchTo().activeElement();
        }
        assertEquals("sheet", focused.getAttribute("id"), "the file field is reached with Tab");
        focused.sendKeys(good.toString());
        // Keys sent to a file field name a file: the Tab away is pressed on the keyboard as a whole.
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("button", browser.switchTo().activeElement().getTagName(), "Tab from the file reaches the button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(By.cssSelector(".govuk-notification-banner"));
        String banner = browser.findElement(By.cssSelector(".govuk-notification-banner")).getText();
        assertTrue(banner.contains("The plan was imported") && banner.contains("0 created"), banner);
        assertTrue(browser.getCurrentUrl().contains("/board/import?rows="), "post, redirect, get: " + browser.getCurrentUrl());
    }

    private void waitFor(By element) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElements(element).isEmpty());
    }

    private void submitWithEnter() {
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    private void assertNoViolations(String page) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), page + ": " + violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + adviserToken).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    /**
     * Where each cell of a CSV line starts and ends (quotes included), or null when the line is not a whole record
     * (a quoted cell that goes on past its end).
     */
    private static List<int[]> cellSpans(String line) {
        List<int[]> spans = new java.util.ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (quoted) {
            return null;
        }
        spans.add(new int[] {start, line.length()});
        return spans;
    }
}
