package uk.csit.tracker.kit.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** A list answer with its RFC 8288 {@code Link} header (first, prev, next, last). */
public final class PageResponses {

    private PageResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uriInfo) {
        return Response.ok(page).header("Link", linkHeader(page, uriInfo)).build();
    }

    /** One {@code Link} header with every relation, comma-separated (RFC 8288 section 3). */
    public static String linkHeader(Page<?> page, UriInfo uriInfo) {
        return java.util.Arrays.stream(links(page, uriInfo)).map(Link::toString)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public static Link[] links(Page<?> page, UriInfo uriInfo) {
        List<Link> links = new ArrayList<>();
        links.add(link(uriInfo, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uriInfo, Math.min(page.page() - 1, page.lastPage()), page.size(), "prev"));
        }
        if (page.hasNext()) {
            links.add(link(uriInfo, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uriInfo, page.lastPage(), page.size(), "last"));
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uriInfo, int page, int size, String rel) {
        return Link.fromUriBuilder(uriInfo.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", size))
                .rel(rel)
                .build();
    }
}
