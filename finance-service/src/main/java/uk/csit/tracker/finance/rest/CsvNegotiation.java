package uk.csit.tracker.finance.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import uk.csit.tracker.finance.service.SpendCsv;

/** Which of JSON and CSV a list answers with: CSV only when the client prefers text/csv to JSON. */
final class CsvNegotiation {

    static final MediaType CSV = MediaType.valueOf(SpendCsv.MEDIA_TYPE);

    private CsvNegotiation() {
    }

    /** True when, in the client's order of preference, text/csv comes before anything JSON matches. */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(CSV)) {
                return true;
            }
        }
        return false;
    }

    /** A CSV answer, UTF-8, offered as a file named after what it holds. */
    static Response attachment(String csv, String name) {
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), SpendCsv.MEDIA_TYPE + "; charset=UTF-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"")
                .build();
    }
}
