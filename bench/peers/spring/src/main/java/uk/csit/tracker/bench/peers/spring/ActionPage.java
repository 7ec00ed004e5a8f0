package uk.csit.tracker.bench.peers.spring;

import java.util.List;

/** One page of actions, in the tracker's page shape. */
public record ActionPage(List<Action> items, int page, int size, long totalItems) {
}
