package uk.csit.tracker.gateway.web;

/** One error: the form field it belongs to (its id on the page) and what to do about it. */
public record FormError(String field, String message) {
}
