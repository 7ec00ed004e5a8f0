package uk.csit.tracker.gateway.web;

import java.time.LocalDate;

/**
 * What every page's frame needs: its title, who is signed in, their token for forms, whether it shows errors, and the
 * past day the page is as at (null for today), which its links to other pages carry on.
 */
@io.quarkus.qute.TemplateData
public record Frame(String title, String name, String formToken, boolean signedIn, boolean errorTitle,
        boolean mayWritePlan, LocalDate asOf) {

    public static Frame open(String title) {
        return new Frame(title, null, null, false, false, false, null);
    }

    /** The same frame for a page as at a past day (null: today). */
    public Frame asAt(LocalDate day) {
        return new Frame(title, name, formToken, signedIn, errorTitle, mayWritePlan, day);
    }

    /** What a link adds to stay on the same day: {@code ?asOf=...}, or nothing for today. */
    public String dayQuery() {
        return asOf == null ? "" : "?asOf=" + asOf;
    }
}
