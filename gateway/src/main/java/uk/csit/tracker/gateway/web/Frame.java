package uk.csit.tracker.gateway.web;

/** What every page's frame needs: its title, who is signed in, their token for forms, whether it shows errors. */
@io.quarkus.qute.TemplateData
public record Frame(String title, String name, String formToken, boolean signedIn, boolean errorTitle,
        boolean mayWritePlan) {

    public static Frame open(String title) {
        return new Frame(title, null, null, false, false, false);
    }
}
