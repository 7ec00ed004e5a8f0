package uk.csit.tracker.gateway.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The finance-service REST client; its base URL is quarkus.rest-client.finance-service.url. */
@RegisterRestClient(configKey = "finance-service")
interface FinanceApi extends ServiceReads {
}
