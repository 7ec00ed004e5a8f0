package uk.csit.tracker.gateway.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of change events: {@code uk.csit.tracker.<collection>.<created|updated|deleted>}, the
 * collection being the API's name for the kind of record (actions, findings, allocations...; every one is in
 * {@link EventCatalogue}). A subscription names the types it wants, with {@code *} for any collection or operation.
 */
public final class EventTypes {

    public static final String PREFIX = "uk.csit.tracker.";
    private static final Pattern PATTERN = Pattern.compile("uk\\.csit\\.tracker\\.([a-z*][a-z0-9-]*)\\.([a-z*]+)");
    private static final Set<String> OPERATIONS = Set.of("created", "updated", "deleted", "*");

    /** The type of a change: its collection and its operation (CREATE, UPDATE or DELETE). */
    public static String of(String entityType, String operation) {
        String done = switch (operation.toUpperCase(Locale.ROOT)) {
            case "CREATE" -> "created";
            case "DELETE" -> "deleted";
            default -> "updated";
        };
        return PREFIX + entityType + "." + done;
    }

    private EventTypes() {
    }

    /** Why a pattern is not one this gateway can ever match, or null when it is. */
    public static String problem(String wanted) {
        if (wanted.equals("*")) {
            return null;
        }
        Matcher m = PATTERN.matcher(wanted);
        if (!m.matches()) {
            return "must be uk.csit.tracker.<collection>.<created|updated|deleted> (with * for any), or *";
        }
        if (!m.group(1).equals("*") && EventCatalogue.collection(m.group(1)).isEmpty()) {
            return "names no collection of this API (" + String.join(", ", EventCatalogue.COLLECTIONS.stream()
                    .map(EventCatalogue.Collection::name).sorted().toList()) + "; GET /api/v1/webhooks/event-types lists"
                    + " every event type)";
        }
        if (!OPERATIONS.contains(m.group(2))) {
            return "must end in created, updated, deleted or *";
        }
        return null;
    }

    /** Whether an event of this type is one the patterns want. */
    public static boolean wanted(List<String> patterns, String type) {
        for (String pattern : patterns) {
            if (pattern.equals("*") || pattern.equals(type)) {
                return true;
            }
            Matcher want = PATTERN.matcher(pattern);
            Matcher have = PATTERN.matcher(type);
            if (want.matches() && have.matches()
                    && (want.group(1).equals("*") || want.group(1).equals(have.group(1)))
                    && (want.group(2).equals("*") || want.group(2).equals(have.group(2)))) {
                return true;
            }
        }
        return false;
    }
}
