package org.newsalert.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {
    private final UnsubscribeTokens tokens = new UnsubscribeTokens("k".repeat(32).getBytes(StandardCharsets.UTF_8));

    @Test
    void shouldVerifyATokenItSignedAndReturnTheSubscription() {
        String token = tokens.sign("sub-42/ü");
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(tokens.verify(token)).contains("sub-42/ü");
    }

    @Test
    void shouldRefuseForgedTamperedOrForeignTokens() {
        String token = tokens.sign("sub-42");
        String otherId = tokens.sign("sub-43");
        String swapped = otherId.substring(0, otherId.indexOf('.')) + token.substring(token.indexOf('.'));
        UnsubscribeTokens otherKey = new UnsubscribeTokens("x".repeat(32).getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(swapped)).isEmpty();
        assertThat(tokens.verify(otherKey.sign("sub-42"))).isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 2))).isEmpty();
        assertThat(tokens.verify("garbage")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("!!.??")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }

    @Test
    void shouldRefuseShortKeys() {
        assertThatThrownBy(() -> new UnsubscribeTokens(new byte[16])).hasMessageContaining("32 bytes");
    }
}
