package uk.csit.tracker.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.config.WebhookConfig;

/** Which receivers a webhook may go to, without a running gateway: the address rules alone. */
class ReceiverAddressesTest {

    private static ReceiverAddresses addresses(boolean requireHttps, String... allowed) {
        ReceiverAddresses addresses = new ReceiverAddresses();
        addresses.config = (WebhookConfig) Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(),
                new Class<?>[] {WebhookConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "allowedNetworks" -> Optional.of(List.of(allowed));
                    case "requireHttps" -> requireHttps;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        addresses.readNetworks();
        return addresses;
    }

    @Test
    void internalAddressesAreRefusedHoweverWritten() throws Exception {
        ReceiverAddresses rules = addresses(false);
        for (String address : List.of("127.0.0.1", "127.255.255.254", "10.1.2.3", "172.31.0.1", "192.168.0.1",
                "169.254.169.254", "100.100.100.200", "0.0.0.0", "224.0.0.251", "255.255.255.255", "192.0.2.1",
                "::1", "::", "fd00:ec2::254", "fe80::1", "ff02::1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe",
                "2002:c0a8:0101::1", "2001:db8::1")) {
            assertNotNull(rules.refusal(InetAddress.getByName(address)), address + " is internal");
        }
        for (String address : List.of("93.184.215.14", "51.140.0.1", "2a00:1450:4009:81f::200e", "64:ff9b::5db8:d70e",
                "172.32.0.1", "100.128.0.1")) {
            assertNull(rules.refusal(InetAddress.getByName(address)), address + " is public");
        }
    }

    @Test
    void theAllowListLetsACouncilsOwnNetworkIn() throws Exception {
        ReceiverAddresses rules = addresses(true, "10.20.0.0/16", "192.168.7.9");
        assertNull(rules.refusal(InetAddress.getByName("10.20.4.5")));
        assertNull(rules.refusal(InetAddress.getByName("192.168.7.9")));
        assertNotNull(rules.refusal(InetAddress.getByName("10.21.0.1")));
        assertNotNull(rules.refusal(InetAddress.getByName("192.168.7.10")));
        assertNotNull(rules.refusal(InetAddress.getByName("169.254.169.254")));
    }

    @Test
    void aUrlIsCheckedForHttpsAHostNamedInFullAndWhereItResolves() {
        ReceiverAddresses strict = addresses(true);
        assertTrue(strict.refusal(URI.create("http://93.184.215.14/hooks")).contains("https"));
        assertNull(strict.refusal(URI.create("https://93.184.215.14/hooks")));
        assertTrue(strict.refusal(URI.create("https://169.254.169.254/latest/meta-data/")).contains("internal"));
        assertTrue(strict.refusal(URI.create("https://[fd00:ec2::254]/")).contains("internal"));
        assertTrue(strict.refusal(URI.create("https://localhost/")).contains("in full"));
        assertTrue(strict.refusal(URI.create("https://0x7f000001/")).contains("in full"));
        assertNull(strict.refusal(URI.create("https://receiver.invalid/hooks")), "not in DNS yet: checked when sent");
    }

    @Test
    void aHostWithAnyInternalAddressIsRefusedWhole() throws Exception {
        ReceiverAddresses rules = addresses(false, "127.0.0.1/32");
        assertEquals("127.0.0.1", rules.resolve("127.0.0.1").getHostAddress(), "allowed by the list");
        var refused = org.junit.jupiter.api.Assertions.assertThrows(ReceiverAddresses.Refused.class,
                () -> rules.resolve("[::1]"));
        assertTrue(refused.getMessage().contains("internal address"), refused.getMessage());
    }
}
