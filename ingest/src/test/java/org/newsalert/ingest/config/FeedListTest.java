package org.newsalert.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadYamlWithDefaultsAndPerFeedOverrides() throws Exception {
        Path f = Files.writeString(dir.resolve("feeds.yaml"), """
                defaults:
                  interval: 10m
                  fetchPages: false
                feeds:
                  - url: https://example.org/rss
                    name: Example
                    interval: 2m
                  - url: feeds/local.xml
                  - https://example.org/rss
                """);
        assertThat(FeedList.load(f)).containsExactly(
                new FeedSource(URI.create("https://example.org/rss"), "Example", Duration.ofMinutes(2), true, false),
                new FeedSource(dir.resolve("feeds/local.xml").toUri(), null, Duration.ofMinutes(10), true, false));
    }

    @Test
    void shouldReadOpmlOutlinesInNestedFolders() throws Exception {
        Path f = Files.writeString(dir.resolve("subs.opml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>export</title></head><body>
                  <outline text="Politics">
                    <outline type="rss" text="Hill" title="The Hill" xmlUrl="https://thehill.com/feed/" interval="5m"/>
                    <outline type="rss" text="Roll Call" xmlUrl="https://rollcall.com/feed/" stableGuids="false"/>
                  </outline>
                  <outline text="dup" xmlUrl="https://thehill.com/feed/"/>
                </body></opml>
                """);
        assertThat(FeedList.load(f)).containsExactly(
                new FeedSource(URI.create("https://thehill.com/feed/"), "The Hill", Duration.ofMinutes(5), true, true),
                new FeedSource(URI.create("https://rollcall.com/feed/"), "Roll Call", FeedList.DEFAULT_INTERVAL, false, true));
    }

    @Test
    void shouldRefuseAnOpmlFileWithADoctype() throws Exception {
        Path f = Files.writeString(dir.resolve("evil.opml"), """
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <opml><body><outline xmlUrl="https://a.example/&x;"/></body></opml>
                """);
        assertThatThrownBy(() -> FeedList.load(f)).hasMessageContaining("evil.opml").hasMessageContaining("DOCTYPE");
    }

    @Test
    void shouldNameTheFileAndEntryOfABadValue() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.yaml"), "feeds:\n  - url: https://a.example/rss\n    interval: soon\n");
        assertThatThrownBy(() -> FeedList.load(f)).hasMessageContaining("bad.yaml").hasMessageContaining("feeds[0].interval");
        Path g = Files.writeString(dir.resolve("ftp.yaml"), "feeds:\n  - url: ftp://a.example/rss\n");
        assertThatThrownBy(() -> FeedList.load(g)).hasMessageContaining("unsupported scheme ftp");
        Path h = Files.writeString(dir.resolve("empty.yaml"), "title: nothing\n");
        assertThatThrownBy(() -> FeedList.load(h)).hasMessageContaining("no 'feeds:' list");
        assertThat(List.of()).isEmpty();
    }
}
