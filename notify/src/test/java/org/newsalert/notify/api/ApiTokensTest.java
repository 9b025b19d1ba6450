package org.newsalert.notify.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void shouldFindTheOwnerOfAKnownTokenOnly() {
        String alice = ApiTokens.generate();
        String bob = ApiTokens.generate();
        ApiTokens tokens = ApiTokens.parse("alice=" + ApiTokens.hash(alice) + " , bob=" + ApiTokens.hash(bob).toUpperCase());
        assertThat(tokens.ownerOf(alice)).contains("alice");
        assertThat(tokens.ownerOf(bob)).contains("bob");
        assertThat(tokens.ownerOf(alice.substring(1))).isEmpty();
        assertThat(tokens.ownerOf(ApiTokens.hash(alice))).isEmpty();
        assertThat(ApiTokens.parse("").ownerOf(alice)).isEmpty();
    }

    @Test
    void shouldHashWithSha256AndGenerateDistinctHighEntropyTokens() {
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String t = ApiTokens.generate();
        assertThat(t).matches("na_[A-Za-z0-9_-]{43}");
        assertThat(ApiTokens.generate()).isNotEqualTo(t);
    }

    @Test
    void shouldRejectMalformedConfigurationWithoutEchoingIt() {
        assertThatThrownBy(() -> ApiTokens.parse("alice=" + ApiTokens.hash("x") + ",supersecret"))
                .hasMessage("API token entry 2 is not owner=sha256hex");
        assertThatThrownBy(() -> ApiTokens.parse("alice=abc"))
                .hasMessage("the token hash of owner 'alice' is not 64 hex digits of SHA-256");
    }
}
