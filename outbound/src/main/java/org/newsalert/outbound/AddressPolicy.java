package org.newsalert.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides which resolved addresses outbound requests (feeds, article pages, webhooks) may reach.
 * Private, loopback, link-local, cloud-metadata and other special-purpose ranges are refused unless
 * the operator lists them in the allow-list; the check is made on every resolved address, never on
 * the host name, so a public name that resolves to 127.0.0.1 is still refused.
 */
public final class AddressPolicy {
    /** Ranges no public feed or webhook lives in (RFC 6890 special-purpose registries, cloud metadata). */
    private static final List<Cidr> BLOCKED = List.of(
            Cidr.parse("0.0.0.0/8"), Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"),
            Cidr.parse("127.0.0.0/8"), Cidr.parse("169.254.0.0/16"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.0.0.0/24"), Cidr.parse("192.0.2.0/24"), Cidr.parse("192.168.0.0/16"),
            Cidr.parse("198.18.0.0/15"), Cidr.parse("198.51.100.0/24"), Cidr.parse("203.0.113.0/24"),
            Cidr.parse("224.0.0.0/4"), Cidr.parse("240.0.0.0/4"),
            Cidr.parse("::/128"), Cidr.parse("::1/128"), Cidr.parse("64:ff9b::/96"), Cidr.parse("100::/64"),
            Cidr.parse("2001:db8::/32"), Cidr.parse("fc00::/7"), Cidr.parse("fe80::/10"), Cidr.parse("ff00::/8"));

    private static final AddressPolicy STRICT = new AddressPolicy(List.of());

    private final List<Cidr> allowed;

    private AddressPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Only public addresses. */
    public static AddressPolicy strict() {
        return STRICT;
    }

    /**
     * Public addresses plus the comma-separated allow-list, each an address or CIDR range
     * ({@code 127.0.0.0/8,::1}); the word {@code loopback} stands for both loopback ranges.
     */
    public static AddressPolicy allowing(String allowList) {
        if (allowList == null || allowList.isBlank()) {
            return STRICT;
        }
        List<Cidr> ranges = new ArrayList<>();
        for (String raw : allowList.split(",")) {
            String s = raw.trim().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            if (s.equals("loopback")) {
                ranges.add(Cidr.parse("127.0.0.0/8"));
                ranges.add(Cidr.parse("::1/128"));
            } else {
                ranges.add(Cidr.parse(s));
            }
        }
        return new AddressPolicy(ranges);
    }

    public boolean allowsLoopback() {
        return isAllowed(InetAddress.getLoopbackAddress());
    }

    public boolean isAllowed(InetAddress address) {
        Objects.requireNonNull(address, "address");
        InetAddress a = unwrapMapped(address);
        for (Cidr c : allowed) {
            if (c.contains(a)) {
                return true;
            }
        }
        for (Cidr c : BLOCKED) {
            if (c.contains(a)) {
                return false;
            }
        }
        return !(a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress()
                || a.isSiteLocalAddress() || a.isMulticastAddress());
    }

    /**
     * Resolves {@code host} and returns its addresses if every one is allowed; a host with any
     * refused address is refused as a whole, so DNS round-robin cannot smuggle one in.
     */
    public List<InetAddress> resolve(String host) throws BlockedAddressException, UnknownHostException {
        Objects.requireNonNull(host, "host");
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] all = InetAddress.getAllByName(h);
        for (InetAddress a : all) {
            if (!isAllowed(a)) {
                throw new BlockedAddressException(host, a);
            }
        }
        return Arrays.asList(all);
    }

    @Override
    public String toString() {
        return allowed.isEmpty() ? "AddressPolicy[public only]" : "AddressPolicy[public + " + allowed + "]";
    }

    private static InetAddress unwrapMapped(InetAddress a) {
        if (a instanceof Inet6Address) {
            byte[] b = a.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            mapped &= b[10] == (byte) 0xff && b[11] == (byte) 0xff;
            if (mapped) {
                try {
                    return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return a;
    }

    /** An address range; addresses of the other family never match. */
    record Cidr(byte[] network, int prefix, String text) {
        static Cidr parse(String s) {
            int slash = s.indexOf('/');
            String addr = slash < 0 ? s : s.substring(0, slash);
            if (!addr.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("allow-list entry is not an address or CIDR range: " + s);
            }
            try {
                byte[] bytes = InetAddress.getByName(addr).getAddress();
                int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(s.substring(slash + 1));
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in " + s);
                }
                return new Cidr(bytes, prefix, s);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("allow-list entry is not an address or CIDR range: " + s, e);
            }
        }

        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length || (a instanceof Inet4Address) != (network.length == 4)) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (b[full] & mask) == (network[full] & mask);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
