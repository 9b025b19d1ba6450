package org.newsalert.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DeliveryTarget;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.DigestItemMatched;
import org.newsalert.events.Json;
import org.newsalert.events.Subscription.Mode;
import org.newsalert.notify.digest.DigestBuilder;
import org.newsalert.notify.digest.DigestPeriod;

class DigestRenderingTest {
    private static final String HOSTILE_TITLE = "Farm bill <script>alert('x')</script>\r\nBcc: victim@example.org";
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(Base64.getDecoder().decode(TestAlerts.UNSUBSCRIBE_KEY));
    private final AlertEmail renderer = new AlertEmail(URI.create("https://alerts.example.org/unsubscribe"), tokens);

    private static DigestItemMatched item(DeliveryTarget target, String story, String article, String storyTitle, String sentence, String url, String at) {
        DevelopmentDetected d = new DevelopmentDetected(DevelopmentDetected.idFor(story, article), story, article,
                ArticleKind.DEVELOPMENT, "committee_action", List.of(sentence), storyTitle, List.of(), List.of(), "Article \"" + article + "\"",
                url, "Wire & Co", Instant.parse("2025-12-09T08:00:00Z"), List.of("Wire & Co", "<b>Other</b>"));
        return new DigestItemMatched(Mode.WEEKLY, AlertMatched.of(d, target, "bill H.R. 6508 <i>is</i> tagged", Instant.parse(at)));
    }

    private static AlertMatched digest(DeliveryTarget target) {
        DigestPeriod week = new DigestPeriod(Mode.WEEKLY, LocalDate.parse("2025-12-08"));
        return DigestBuilder.build(week, List.of(
                item(target, "farm", "f1", HOSTILE_TITLE, "Sponsors said <img src=x onerror=alert(1)> & more.", "javascript:alert(1)", "2025-12-09T09:00:00Z"),
                item(target, "nato", "n1", "NATO withdrawal", "The committee scheduled a markup.", "https://news.example.org/n1", "2025-12-10T09:00:00Z"),
                item(target, "farm", "f2", HOSTILE_TITLE, "The vote was 310-112.", "https://news.example.org/f2", "2025-12-11T09:00:00Z")),
                target, Instant.parse("2025-12-15T00:00:01Z"), DigestBuilder.MAX_DEVELOPMENTS);
    }

    @Test
    void shouldNameTheLocalDayAndGiveTimesInTheSubscriptionsTimeZone() throws Exception {
        DeliveryTarget target = DeliveryTarget.email("sub-7", "reader@example.org", "bill:hr6508-119");
        ZoneId newYork = ZoneId.of("America/New_York");
        // Published 08:00 UTC on 9 Dec, matched 03:00 UTC on 10 Dec: the evening of 9 Dec in New York
        DigestItemMatched i = item(target, "nato", "n1", "NATO withdrawal", "The committee scheduled a markup.",
                "https://news.example.org/n1", "2025-12-10T03:00:00Z");
        DigestPeriod day = DigestPeriod.containing(Mode.DAILY, newYork, i.alert().matchedAt());
        AlertMatched alert = DigestBuilder.build(day, List.of(new DigestItemMatched(Mode.DAILY, i.alert(), newYork.getId())),
                target, day.end(), DigestBuilder.MAX_DEVELOPMENTS);
        EmailSender sender = new EmailSender(new SmtpSettings("127.0.0.1", 1, "Newsalert <alerts@newsalert.example>", null, null, false,
                Duration.ofSeconds(1), Duration.ofSeconds(1)), renderer);

        MimeMessage m = sender.message(alert, new InternetAddress("reader@example.org"));

        assertThat(alert.digest().timeZone()).isEqualTo("America/New_York");
        assertThat(m.getSubject()).isEqualTo("[newsalert] 1 development in 1 story \u2014 daily digest for 9 Dec 2025 (America/New_York)");
        String text = ((String) ((Multipart) m.getContent()).getBodyPart(0).getContent()).replace("\r\n", "\n");
        assertThat(text).contains("New development: committee action: Article \"n1\" - Wire & Co, 9 Dec 2025, 03:00 EST\n");
    }

    @Test
    void shouldRenderADigestEmailGroupedByStoryWithEveryValueEscaped() throws Exception {
        AlertMatched alert = digest(DeliveryTarget.email("sub-42", "reader@example.org", "bill:hr6508-119"));
        EmailSender sender = new EmailSender(new SmtpSettings("127.0.0.1", 1, "Newsalert <alerts@newsalert.example>", null, null, false,
                Duration.ofSeconds(1), Duration.ofSeconds(1)), renderer);

        MimeMessage m = sender.message(alert, new InternetAddress("reader@example.org"));

        assertThat(m.getSubject()).isEqualTo("[newsalert] 3 developments in 2 stories \u2014 weekly digest for the week of 8 Dec 2025");
        assertThat(m.getMessageID()).isEqualTo("<" + alert.key() + ".alert@newsalert.example>");
        assertThat(m.getHeader("List-Unsubscribe", null)).startsWith("<https://alerts.example.org/unsubscribe?token=");
        assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        Multipart mp = (Multipart) m.getContent();
        String text = ((String) mp.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) mp.getBodyPart(1).getContent();

        assertThat(text).startsWith("3 developments in 2 stories \u2014 weekly digest for the week of 8 Dec 2025\n\n"
                        + "== Farm bill <script>alert('x')</script> Bcc: victim@example.org ==\n"
                        + "New development: committee action: Article \"f1\" - Wire & Co, 9 Dec 2025, 08:00 UTC\n"
                        + "  * Sponsors said <img src=x onerror=alert(1)> & more.\n"
                        + "New development: committee action: Article \"f2\" - Wire & Co, 9 Dec 2025, 08:00 UTC\n"
                        + "https://news.example.org/f2\n"
                        + "  * The vote was 310-112.\n"
                        + "Reported by: Wire & Co; <b>Other</b>; \n"
                        + "Matched: bill H.R. 6508 <i>is</i> tagged\n\n"
                        + "== NATO withdrawal ==\n")
                .contains("You got this weekly digest for the week of 8 Dec 2025 because of your subscription \"bill:hr6508-119\".")
                .doesNotContain("javascript:");
        assertThat(html)
                .contains("<h2 style=\"font-size: 1.15em; margin: 1.4em 0 0.3em;\">Farm bill &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Bcc: victim@example.org</h2>")
                .contains("<li>Sponsors said &lt;img src=x onerror=alert(1)&gt; &amp; more.</li>")
                .contains("<a href=\"https://news.example.org/f2\">Article &quot;f2&quot;</a> &mdash; Wire &amp; Co")
                .contains("<span>&lt;b&gt;Other&lt;/b&gt;</span>")
                .contains("Matched: bill H.R. 6508 &lt;i&gt;is&lt;/i&gt; tagged")
                .doesNotContain("<script>", "<img", "javascript:", "<b>Other");
        assertThat(html.indexOf("Farm bill")).isLessThan(html.indexOf("NATO withdrawal"));
    }

    @Test
    void shouldPostADigestAsTypeDigestWithItsPeriodAndStories() throws Exception {
        AlertMatched alert = digest(DeliveryTarget.webhook("sub-7", "https://hooks.example.org/in", TestAlerts.SECRET, "bill:hr6508-119"));

        JsonNode body = Json.mapper().readTree(WebhookSender.payload(alert, Instant.parse("2025-12-15T00:00:02Z")));

        assertThat(body.path("type").asText()).isEqualTo("digest");
        JsonNode data = body.path("data");
        assertThat(data.path("alertId").asText()).isEqualTo(alert.key());
        assertThat(data.path("subscriptionId").asText()).isEqualTo("sub-7");
        assertThat(data.path("period").path("mode").asText()).isEqualTo("weekly");
        assertThat(data.path("period").path("label").asText()).isEqualTo("2025-W50");
        assertThat(data.path("period").path("start").asText()).isEqualTo("2025-12-08T00:00:00Z");
        assertThat(data.path("period").path("end").asText()).isEqualTo("2025-12-15T00:00:00Z");
        assertThat(data.path("developmentCount").asInt()).isEqualTo(3);
        assertThat(data.path("storyCount").asInt()).isEqualTo(2);
        assertThat(data.path("stories")).hasSize(2);
        assertThat(data.path("stories").get(0).path("storyId").asText()).isEqualTo("farm");
        assertThat(data.path("stories").get(0).path("developments")).hasSize(2);
        assertThat(data.path("stories").get(0).path("developments").get(1).path("development").path("sentences").get(0).asText())
                .isEqualTo("The vote was 310-112.");
        assertThat(data.has("development")).isFalse();
        // the secret never travels in the payload
        assertThat(body.toString()).doesNotContain(TestAlerts.SECRET);
    }

    @Test
    void shouldReadBackADigestAlertFromItsJson() {
        AlertMatched alert = digest(DeliveryTarget.email("sub-42", "reader@example.org", "q"));
        var serde = org.newsalert.events.Topics.ALERTS.valueSerde();
        AlertMatched back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", alert));
        assertThat(back).isEqualTo(alert);
    }
}
