package org.newsalert.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeliveryTarget;

class EmailSenderTest {
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(Base64.getDecoder().decode(TestAlerts.UNSUBSCRIBE_KEY));
    private final AlertEmail renderer = new AlertEmail(URI.create("https://alerts.example.org/unsubscribe"), tokens);

    private EmailSender sender(int port) {
        return new EmailSender(
                new SmtpSettings("127.0.0.1", port, "Newsalert <alerts@newsalert.example>", null, null, false,
                        Duration.ofSeconds(2), Duration.ofSeconds(5)),
                renderer);
    }

    @Test
    void shouldSendMultipartAlternativeWithUnsubscribeHeadersAndEscapedArticleText() throws Exception {
        AlertMatched alert = AlertMatched.of(
                TestAlerts.development("a1", "Farm bill\r\nBcc: victim@example.org",
                        List.of("Sponsors said <script>alert('x')</script> & more.", "The vote was 310-112.")),
                DeliveryTarget.email("sub-42", "reader@example.org", "bill:hr6508-119"),
                "bill H.R. 6508 <b>is</b> tagged", Instant.parse("2025-11-20T14:31:00Z"));

        DeliveryResult result = sender(greenMail.getSmtp().getPort()).send(alert, 1);

        assertThat(result).isEqualTo(new DeliveryResult.Delivered(250, "accepted by 127.0.0.1:" + greenMail.getSmtp().getPort()));
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];

        assertThat(m.getSubject()).isEqualTo("[newsalert] Update: Farm bill Bcc: victim@example.org");
        assertThat(m.getHeader("Subject", null)).doesNotContain("\r", "\n");
        assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("reader@example.org");
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getMessageID()).isEqualTo("<" + alert.key() + ".alert@newsalert.example>");
        assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String listUnsubscribe = m.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe).startsWith("<https://alerts.example.org/unsubscribe?token=").endsWith(">");
        String token = java.net.URLDecoder.decode(
                listUnsubscribe.substring(listUnsubscribe.indexOf("token=") + 6, listUnsubscribe.length() - 1), "UTF-8");
        assertThat(tokens.verify(token)).contains("sub-42");

        assertThat(m.getContentType()).startsWith("multipart/alternative");
        Multipart mp = (Multipart) m.getContent();
        assertThat(mp.getCount()).isEqualTo(2);
        Part text = mp.getBodyPart(0);
        Part html = mp.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain");
        assertThat(html.getContentType()).startsWith("text/html");

        String t = ((String) text.getContent()).replace("\r\n", "\n");
        assertThat(t).startsWith("New development: passed house\nFarm bill Bcc: victim@example.org\n")
                .contains("Sponsors said <script>alert('x')</script> & more.")
                .contains("The vote was 310-112.")
                .contains("Example News; Other Wire;")
                .contains("H.R. 6508; Thomas Massie (R-KY);")
                .contains("your subscription \"bill:hr6508-119\" matched: bill H.R. 6508 <b>is</b> tagged")
                .contains("https://news.example.org/a/a1");

        String h = (String) html.getContent();
        assertThat(h).doesNotContain("<script>").doesNotContain("<b>is</b>")
                .contains("<li>Sponsors said &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more.</li>")
                .contains("<a href=\"https://news.example.org/a/a1\">House passes H.R. 6508</a>")
                .contains("<code>bill:hr6508-119</code> matched: bill H.R. 6508 &lt;b&gt;is&lt;/b&gt; tagged")
                .contains("<span>Example News</span>")
                .contains("H.R. 6508</span>")
                .contains("href=\"https://alerts.example.org/unsubscribe?token=");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(h);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("li").eachText()).containsExactly("Sponsors said <script>alert('x')</script> & more.", "The vote was 310-112.");
    }

    @Test
    void shouldDropNonHttpArticleLinks() {
        assertThat(AlertEmail.safeLink("javascript:alert(1)")).isEmpty();
        assertThat(AlertEmail.safeLink("https://ex.org/a?b=1")).isEqualTo("https://ex.org/a?b=1");
        assertThat(AlertEmail.safeLink("/relative")).isEmpty();
    }

    @Test
    void shouldRetryLaterWithAClearErrorWhenSmtpIsDown() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        DeliveryResult result = sender(closedPort).send(TestAlerts.email("a2", "sub-1", "reader@example.org"), 1);

        assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
        DeliveryResult.RetryLater r = (DeliveryResult.RetryLater) result;
        assertThat(r.error()).startsWith("cannot send to reader@example.org via SMTP 127.0.0.1:" + closedPort + ": ")
                .containsIgnoringCase("connect");
        assertThat(r.retryAfter()).isNull();
    }

    @Test
    void shouldRejectAnInvalidAddressWithoutTryingTheServer() {
        DeliveryResult result = sender(greenMail.getSmtp().getPort()).send(TestAlerts.email("a3", "sub-9", "not an address"), 1);

        assertThat(result).isInstanceOf(DeliveryResult.Rejected.class);
        assertThat(((DeliveryResult.Rejected) result).reason()).startsWith("invalid email address 'not an address' for subscription sub-9");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
}
