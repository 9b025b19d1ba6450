package org.newsalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @Test
    void shouldDescribeEverySubcommandInItsHelp() {
        CommandLine cli = Main.commandLine();
        assertThat(cli.getSubcommands().keySet()).contains("run", "ingest", "enrich", "replay", "eval", "backtest");
        cli.getSubcommands().keySet().forEach(name -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine root = Main.commandLine();
            root.setOut(new PrintWriter(out));
            root.setErr(new PrintWriter(err));
            assertThat(root.execute(name, "--help")).as(name + ": " + err).isZero();
            assertThat(out.toString()).as(name).contains("Usage:").contains(name);
        });
    }

    @Test
    void shouldPrintTheFeedEvalSummaryAsTheLastLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.xml"), "<rss version=\"2.0\"><channel><title>T</title><item><title>a</title></item></channel></rss>");
        Files.writeString(dir.resolve("bad.xml"), "<rss><channel>");
        var out = new java.io.ByteArrayOutputStream();
        int rc = org.newsalert.ingest.feed.FeedEval.run(java.util.List.of(dir), new java.io.PrintStream(out, true));
        String[] lines = out.toString().strip().split("\n");
        assertThat(rc).isZero();
        assertThat(lines[lines.length - 1]).isEqualTo("{\"files\":2,\"parsed\":1,\"rejected\":1,\"crashed\":0,\"items\":1}");
        assertThat(lines[0]).contains("bad.xml");
    }

    @Test
    void shouldFailWithAClearMessageWhenIngestHasNoCluster() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null, "a cluster is configured");
        assertThat(cli.execute("ingest", "--feeds", "x.yaml")).isEqualTo(1);
        assertThat(err.toString()).contains("KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldRefuseAnUnknownBenchSectionBeforeStartingAnything() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("bench", "--only", "delivery,speed")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown section 'speed' for --only; the sections are raw, enrich, delivery, latency, replay, clustering");
    }
}
