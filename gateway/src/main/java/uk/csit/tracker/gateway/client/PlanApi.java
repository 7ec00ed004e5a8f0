package uk.csit.tracker.gateway.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The plan-service REST client; its base URL is quarkus.rest-client.plan-service.url. */
@RegisterRestClient(configKey = "plan-service")
interface PlanApi extends ServiceReads {
}
