package uk.csit.tracker.gateway.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The inspection-service REST client; its base URL is quarkus.rest-client.inspection-service.url. */
@RegisterRestClient(configKey = "inspection-service")
interface InspectionApi extends ServiceReads {
}
