package uk.csit.tracker.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void barsAreProportionalAndEveryValueIsInTheWords() throws Exception {
        String svg = Charts.bars("c", "Actions by RAG", List.of(new Charts.Bar("Red", BigDecimal.valueOf(2), "#d4351c"),
                new Charts.Bar("Green", BigDecimal.valueOf(8), "#00703c"),
                new Charts.Bar("Not assessed", BigDecimal.ZERO, "#b1b4b6")), BigDecimal::toPlainString);
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("c-title c-desc", root.getAttribute("aria-labelledby"));
        assertEquals("Red 2; Green 8; Not assessed 0", doc.getElementsByTagName("desc").item(0).getTextContent());
        NodeList rects = doc.getElementsByTagName("rect");
        int red = Integer.parseInt(((Element) rects.item(0)).getAttribute("width"));
        int green = Integer.parseInt(((Element) rects.item(1)).getAttribute("width"));
        assertEquals(4 * red, green, 1);
        assertEquals("0", ((Element) rects.item(2)).getAttribute("width"));
    }

    @Test
    void labelsAreEscapedAndGroupsSayWhatIsNotRecorded() throws Exception {
        String svg = Charts.groupedBars("m", "Money <by> year", List.of(new Charts.Series("Allocated", "#1d70b8"),
                new Charts.Series("Spent", "#00703c")), List.of(new Charts.Group("2024-25 & after",
                        Arrays.asList(new BigDecimal("16000000.00"), null))), Formats::gbp);
        Document doc = parse(svg);
        assertEquals("Money <by> year", doc.getElementsByTagName("title").item(0).getTextContent());
        String words = doc.getElementsByTagName("desc").item(0).getTextContent();
        assertEquals("2024-25 & after: Allocated £16,000,000.00, Spent none recorded.", words);
        assertTrue(svg.contains("&amp; after"));
    }

    @Test
    void aTrendFallsAsItsValuesFallAndNamesEachOne() throws Exception {
        String svg = Charts.trend("t", "Caseload: values over time", List.of("2023", "2024", "2025"),
                List.of(new BigDecimal("20.4"), new BigDecimal("18.9"), new BigDecimal("15.0")), Formats::figure);
        Document doc = parse(svg);
        assertEquals("2023: 20.4; 2024: 18.9; 2025: 15", doc.getElementsByTagName("desc").item(0).getTextContent());
        NodeList marks = doc.getElementsByTagName("circle");
        assertEquals(3, marks.getLength());
        int first = Integer.parseInt(((Element) marks.item(0)).getAttribute("cy"));
        int last = Integer.parseInt(((Element) marks.item(2)).getAttribute("cy"));
        assertTrue(first < last, "the highest value is drawn highest (smallest y)");
        String flat = Charts.trend("f", "Flat", List.of("a", "b"), List.of(BigDecimal.TEN, BigDecimal.TEN), Formats::figure);
        assertEquals(2, parse(flat).getElementsByTagName("circle").getLength(), "equal values draw without dividing by 0");
    }

    @Test
    void moneyIsWrittenInPoundsAndPence() {
        assertEquals("£16,000,000.00", Formats.gbp(new BigDecimal("16000000")));
        assertEquals("-£250.50", Formats.gbp(new BigDecimal("-250.5")));
        assertEquals("+£1,000.00", Formats.gbpChange(new BigDecimal("1000")));
        assertEquals("Overall effectiveness", Formats.words("OVERALL_EFFECTIVENESS"));
        assertEquals("DfE improvement adviser", Formats.words("DFE_IMPROVEMENT_ADVISER"));
        assertEquals("ILACS standard", Formats.words("ILACS_STANDARD"));
        assertEquals("17.5", Formats.figure(new BigDecimal("17.50")));
    }
}
