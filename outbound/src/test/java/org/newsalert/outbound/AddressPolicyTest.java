package org.newsalert.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "224.0.0.1"})
    void shouldRefuseSpecialPurposeAddressesByDefault(String address) throws Exception {
        assertThat(AddressPolicy.strict().isAllowed(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "2606:4700::1111"})
    void shouldAllowPublicAddresses(String address) throws Exception {
        assertThat(AddressPolicy.strict().isAllowed(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void shouldAllowOnlyWhatTheAllowListNames() throws Exception {
        AddressPolicy p = AddressPolicy.allowing("loopback, 10.0.0.0/8");
        assertThat(p.isAllowed(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(p.isAllowed(InetAddress.getByName("::1"))).isTrue();
        assertThat(p.isAllowed(InetAddress.getByName("10.9.9.9"))).isTrue();
        assertThat(p.isAllowed(InetAddress.getByName("169.254.169.254"))).isFalse();
        assertThat(p.isAllowed(InetAddress.getByName("192.168.0.1"))).isFalse();
    }

    @Test
    void shouldCheckTheResolvedAddressNotTheName() {
        assertThatThrownBy(() -> AddressPolicy.strict().resolve("localhost"))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("refused to connect to localhost");
    }

    @Test
    void shouldRejectAMalformedAllowListEntryWithItsText() {
        assertThatThrownBy(() -> AddressPolicy.allowing("127.0.0.1/99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("127.0.0.1/99");
        assertThatThrownBy(() -> AddressPolicy.allowing("example.com"))
                .hasMessageContaining("example.com");
    }
}
