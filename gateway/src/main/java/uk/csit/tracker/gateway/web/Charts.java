package uk.csit.tracker.gateway.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * Charts drawn on the server as SVG, so they print, need no script and can be read by a screen reader: each has a
 * title and a description naming every value, and the page puts the same figures in a table beside it.
 */
public final class Charts {

    static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 170;
    private static final int VALUE_WIDTH = 150;
    private static final int ROW = 28;
    private static final int BAR = 18;

    /** One bar: its label, its value, its fill. */
    public record Bar(String label, BigDecimal value, String fill) {
    }

    /** One bar of a group: the same series share a fill and are named in the legend. */
    public record Series(String name, String fill) {
    }

    /** A group of bars, one per series, in the series' order (a null value is drawn as none and said so). */
    public record Group(String label, List<BigDecimal> values) {
    }

    private Charts() {
    }

    /** Horizontal bars, one per row, each with its value written at its end. */
    public static String bars(String id, String title, List<Bar> bars, Function<BigDecimal, String> valueText) {
        BigDecimal largest = largest(bars.stream().map(Bar::value).toList());
        int height = ROW * bars.size() + 8;
        StringBuilder svg = open(id, title, height,
                String.join("; ", bars.stream().map(b -> b.label() + " " + valueText.apply(b.value())).toList()));
        int y = 4;
        for (Bar bar : bars) {
            int width = length(bar.value(), largest);
            svg.append(text(0, y + BAR - 4, bar.label(), "start"));
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(width)
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(bar.fill())
                    .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
            svg.append(text(LABEL_WIDTH + width + 6, y + BAR - 4, valueText.apply(bar.value()), "start"));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** Groups of horizontal bars (one per series) with a legend: money by financial year. */
    public static String groupedBars(String id, String title, List<Series> series, List<Group> groups,
            Function<BigDecimal, String> valueText) {
        BigDecimal largest = largest(groups.stream().flatMap(g -> g.values().stream()).toList());
        int groupHeight = series.size() * (BAR + 4) + 14;
        int legend = 24;
        int height = legend + groupHeight * groups.size() + 4;
        StringBuilder description = new StringBuilder();
        for (Group group : groups) {
            description.append(group.label()).append(":");
            for (int i = 0; i < series.size(); i++) {
                BigDecimal value = group.values().get(i);
                description.append(" ").append(series.get(i).name()).append(" ")
                        .append(value == null ? "none recorded" : valueText.apply(value)).append(i + 1 < series.size() ? "," : ".");
            }
            description.append(" ");
        }
        StringBuilder svg = open(id, title, height, description.toString().trim());
        int x = 0;
        for (Series s : series) {
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"14\" height=\"14\" fill=\"").append(s.fill())
                    .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
            svg.append(text(x + 20, 16, s.name(), "start"));
            x += 30 + 8 * s.name().length();
        }
        int y = legend;
        for (Group group : groups) {
            svg.append(text(0, y + BAR, group.label(), "start"));
            int barY = y + 4;
            for (int i = 0; i < series.size(); i++) {
                BigDecimal value = group.values().get(i);
                int width = value == null ? 0 : length(value, largest);
                svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(barY).append("\" width=\"")
                        .append(width).append("\" height=\"").append(BAR).append("\" fill=\"").append(series.get(i).fill())
                        .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
                svg.append(text(LABEL_WIDTH + width + 6, barY + BAR - 4,
                        value == null ? "none recorded" : valueText.apply(value), "start"));
                barY += BAR + 4;
            }
            y += groupHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** A small line of values in order (a KPI's trend), each point marked; the words name every value. */
    public static String trend(String id, String title, List<String> labels, List<BigDecimal> values,
            Function<BigDecimal, String> valueText) {
        int width = 220;
        int height = 56;
        int pad = 6;
        BigDecimal low = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal high = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal span = high.subtract(low).signum() == 0 ? BigDecimal.ONE : high.subtract(low);
        StringBuilder words = new StringBuilder();
        StringBuilder points = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            int x = values.size() == 1 ? width / 2 : pad + i * (width - 2 * pad) / (values.size() - 1);
            int y = height - pad - values.get(i).subtract(low).multiply(BigDecimal.valueOf(height - 2L * pad))
                    .divide(span, 0, RoundingMode.HALF_UP).intValue();
            points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
            marks.append("<circle cx=\"").append(x).append("\" cy=\"").append(y)
                    .append("\" r=\"3\" fill=\"#1d70b8\"/>");
            words.append(i == 0 ? "" : "; ").append(labels.get(i)).append(": ").append(valueText.apply(values.get(i)));
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(words.toString())).append("</desc>");
        svg.append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\" points=\"").append(points)
                .append("\"/>").append(marks);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, int height, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"14\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    private static String text(int x, int y, String words, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"#0b0c0c\">" + escape(words)
                + "</text>";
    }

    private static BigDecimal largest(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    }

    /** A bar's length: proportional to the largest value, never negative. */
    static int length(BigDecimal value, BigDecimal largest) {
        int room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        if (value == null || value.signum() <= 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(room)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
