package uk.csit.tracker.gateway.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * Where a reader of the merged feed has got to in each service's own feed: one cursor per source,
 * carried as one opaque token (base64url of {@code inspection:12,plan:40,finance:3}). A source's
 * cursor moves only past changes the reader was given, so no change is skipped or given twice.
 */
public record FeedCursor(Map<String, String> positions) {

    public static final List<String> SOURCES = List.of("inspection", "plan", "finance");
    private static final String START = "0";
    private static final Pattern POSITION = Pattern.compile("[0-9]{1,18}");

    public FeedCursor {
        positions = Map.copyOf(positions);
    }

    public static FeedCursor start() {
        Map<String, String> positions = new LinkedHashMap<>();
        SOURCES.forEach(source -> positions.put(source, START));
        return new FeedCursor(positions);
    }

    /** The cursor an answer gave; none is the start of every feed. A token this feed did not make is a 400. */
    public static FeedCursor parse(String token) {
        if (token == null || token.isBlank()) {
            return start();
        }
        Map<String, String> positions = new LinkedHashMap<>(start().positions());
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        for (String part : text.split(",", -1)) {
            String[] sourceAndPosition = part.split(":", -1);
            if (sourceAndPosition.length != 2 || !SOURCES.contains(sourceAndPosition[0])
                    || !POSITION.matcher(sourceAndPosition[1]).matches()) {
                throw invalid();
            }
            positions.put(sourceAndPosition[0], sourceAndPosition[1]);
        }
        return new FeedCursor(positions);
    }

    public String position(String source) {
        return positions.getOrDefault(source, START);
    }

    /** This cursor with one source moved on to the change it was given. */
    public FeedCursor movedTo(String source, String position) {
        if (!POSITION.matcher(position).matches()) {
            throw new IllegalArgumentException("Not a feed position: " + position);
        }
        Map<String, String> moved = new LinkedHashMap<>(positions);
        moved.put(source, position);
        return new FeedCursor(moved);
    }

    public String token() {
        StringBuilder text = new StringBuilder();
        for (String source : SOURCES) {
            text.append(text.isEmpty() ? "" : ",").append(source).append(':').append(position(source));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ProblemException invalid() {
        return ProblemException.invalid(List.of(new FieldError("after",
                "is not a cursor of this feed: start without one, then pass each answer's nextCursor")));
    }
}
