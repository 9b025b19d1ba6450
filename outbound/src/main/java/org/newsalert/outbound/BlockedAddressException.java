package org.newsalert.outbound;

import java.net.InetAddress;

/** A request refused because its host resolves to an address the {@link AddressPolicy} forbids. */
public final class BlockedAddressException extends OutboundException {
    public BlockedAddressException(String host, InetAddress address) {
        super("refused to connect to " + host + ": it resolves to " + address.getHostAddress()
                + ", a private/loopback/link-local/metadata address (add it to the allow-list to permit it)");
    }
}
