package org.newsalert.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSiteFollowUpTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private HttpResponse<String> get(SampleSite site, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldServeTheFollowUpFeedEmptyUntilItsTimeThenWithTheMadeUpArticle() throws Exception {
        try (SampleSite later = SampleSite.startWithFollowUp(0, Duration.ofHours(1));
                SampleSite now = SampleSite.startWithFollowUp(0, Duration.ZERO)) {
            HttpResponse<String> before = get(later, "/gazette/feed.xml");
            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(before.body()).contains("<channel>").doesNotContain("<item>").doesNotContain("{{");

            HttpResponse<String> after = get(now, "/gazette/feed.xml");
            assertThat(after.body()).contains("<item>").contains("House panel holds first hearing")
                    .contains(now.baseUrl() + "/gazette/house-panel-hearing-nato-act.html").doesNotContain("{{");
            assertThat(get(now, "/gazette/house-panel-hearing-nato-act.html").body()).contains("H.R. 6508").contains("MADE UP");
            assertThat(Files.readString(now.writeFeedList(dir))).contains(now.baseUrl() + "/gazette/feed.xml");
        }
    }

    @Test
    void shouldNotServeTheFollowUpOutletUnlessAsked() throws Exception {
        try (SampleSite site = SampleSite.start(0)) {
            assertThat(get(site, "/gazette/feed.xml").statusCode()).isEqualTo(404);
            assertThat(Files.readString(site.writeFeedList(dir))).doesNotContain("gazette");
        }
    }
}
