package uk.csit.tracker.gateway.service;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.csit.tracker.gateway.config.WebhookConfig;

/**
 * Where a webhook may be sent: only to public addresses, as webhook providers do, so that whoever registers a
 * webhook cannot make the gateway call what only it can reach (the services, the database, a cloud's metadata
 * service at 169.254.169.254). Loopback, private, link-local, shared, multicast, reserved and documentation
 * networks are refused, IPv4 and IPv6 alike, also when an IPv6 address only carries one of them (IPv4-mapped
 * addresses are read as the IPv4 address by Java itself; NAT64 and 6to4 here),
 * unless the configured allow-list names the network (a council's own internal receivers). The check is made on
 * the addresses a host resolves to at the moment of sending, and the connection goes to the address checked.
 */
@ApplicationScoped
@Startup // a mistyped allowed network stops the gateway at start, not its first webhook
public class ReceiverAddresses {

    /** IANA special-purpose and private networks (RFC 6890 and its updates) that a public receiver is never in. */
    static final List<String> INTERNAL = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/127", "100::/64", "2001::/23", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10",
            "ff00::/8");

    @Inject
    WebhookConfig config;

    private List<IpSubnetFilterRule> internal;
    private List<IpSubnetFilterRule> allowed;

    @PostConstruct
    void readNetworks() {
        internal = INTERNAL.stream().map(ReceiverAddresses::network).toList();
        allowed = config.allowedNetworks().orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(ReceiverAddresses::network).toList();
    }

    private static IpSubnetFilterRule network(String cidr) {
        return new IpSubnetFilterRule(cidr.contains("/") ? cidr : cidr + (cidr.contains(":") ? "/128" : "/32"),
                IpFilterRuleType.REJECT);
    }

    /** Why a webhook may not be registered at this URL, or null when it may (its host is checked again at sending). */
    public String refusal(URI url) {
        if (config.requireHttps() && !"https".equals(url.getScheme())) {
            return "must be an https URL: events carry the council's data";
        }
        String host = url.getHost();
        if (!host.contains(".") && !host.contains(":")) {
            // "localhost", "intranet", "0x7f000002": names only a local resolver knows, never a public receiver's.
            return "must name its host in full (receiver.council.example) or by a public IP address";
        }
        try {
            resolve(host);
            return null;
        } catch (Refused refused) {
            return refused.getMessage();
        } catch (UnknownHostException notYet) {
            return null; // a name not in DNS yet: each delivery resolves it, and checks what it resolves to
        }
    }

    /**
     * The address to send to: the first the host resolves to now, when none of them is internal. A host with any
     * internal address is refused whole, so that which address is chosen never decides.
     */
    public InetAddress resolve(String host) throws UnknownHostException, Refused {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(name);
        for (InetAddress address : addresses) {
            String why = refusal(address);
            if (why != null) {
                throw new Refused("resolves to " + address.getHostAddress() + ", " + why);
            }
        }
        return Arrays.stream(addresses).findFirst().orElseThrow(() -> new UnknownHostException(host));
    }

    /** Why the address may not be sent to, or null when it may. */
    String refusal(InetAddress address) {
        if (matches(allowed, address)) {
            return null;
        }
        if (matches(internal, address) || embeddedIpv4(address).filter(v4 -> matches(internal, v4)).isPresent()) {
            return "an internal address (loopback, private, link-local, shared or reserved); webhooks go to public"
                    + " addresses, or to networks the gateway's WEBHOOK_ALLOWED_NETWORKS names";
        }
        return null;
    }

    private static boolean matches(List<IpSubnetFilterRule> networks, InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return networks.stream().anyMatch(network -> network.matches(socket));
    }

    /** The IPv4 address an IPv6 one stands for: NAT64 (64:ff9b::/96) and 6to4 (2002::/16). */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 16) {
            return Optional.empty();
        }
        try {
            if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b
                    && Arrays.equals(Arrays.copyOfRange(bytes, 4, 12), new byte[8])) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
            }
            if (bytes[0] == 0x20 && bytes[1] == 0x02) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 2, 6)));
            }
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
        return Optional.empty();
    }

    /** A receiver the gateway will not send to, and why. */
    public static final class Refused extends Exception {
        Refused(String why) {
            super(why, null, false, false);
        }
    }
}
