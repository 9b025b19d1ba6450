package org.newsalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsalert.ops.OpsConfig;

/**
 * No Docker engine here, so the compose file and the Dockerfile are checked as far as possible
 * without one: what they name must exist in this repository and in the command line.
 */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shouldStartEachComposeServiceWithAnExistingSubcommandAndMountExistingFiles() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        JsonNode services = compose.path("services");
        assertThat(services.fieldNames()).toIterable().contains("kafka", "ingest", "enrich", "notify", "mailpit");
        assertThat(services.path("kafka").path("image").asText()).startsWith("apache/kafka:");
        var cli = Main.commandLine();
        for (String service : List.of("ingest", "enrich", "notify")) {
            JsonNode s = services.path(service);
            String module = s.path("build").path("args").path("MODULE").asText();
            assertThat(module).as("MODULE of %s", service).isEqualTo(service);
            assertThat(cli.getSubcommands()).as("subcommand for %s", service).containsKey(module);
            JsonNode env = s.path("environment");
            // the common settings come in through a YAML merge key, which compose resolves and Jackson leaves as "<<"
            String bootstrap = env.has("KAFKA_BOOTSTRAP_SERVERS") ? env.path("KAFKA_BOOTSTRAP_SERVERS").asText()
                    : compose.path("x-service").path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText();
            assertThat(env.has("<<") || env.has("KAFKA_BOOTSTRAP_SERVERS")).as("environment of %s", service).isTrue();
            assertThat(bootstrap).isEqualTo("kafka:9092");
            for (JsonNode v : s.path("volumes")) {
                String host = v.asText().split(":")[0];
                if (host.startsWith("./")) {
                    assertThat(ROOT.resolve(host)).as("volume of %s", service).exists();
                }
            }
        }
    }

    @Test
    void shouldProbeEachServiceReadinessOnItsOwnOpsPort() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        Map<String, Integer> ports = Map.of("ingest", OpsConfig.INGEST_PORT, "enrich", OpsConfig.ENRICH_PORT,
                "notify", OpsConfig.NOTIFY_PORT);
        for (Map.Entry<String, Integer> e : ports.entrySet()) {
            JsonNode service = compose.path("services").path(e.getKey());
            String probe = service.path("healthcheck").path("test").toString();
            assertThat(probe).as("healthcheck of %s", e.getKey())
                    .contains("/dev/tcp/127.0.0.1/" + e.getValue() + " ", "GET /health/ready ");
            assertThat(service.path("ports").toString()).contains(e.getValue() + ":" + e.getValue());
        }
    }

    @Test
    void shouldCopyOnlyPathsThatExistInTheDockerfile() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Matcher m = Pattern.compile("(?m)^COPY (?!--from)(.+) (\\S+)$").matcher(dockerfile);
        List<String> sources = new ArrayList<>();
        while (m.find()) {
            for (String src : m.group(1).trim().split("\\s+")) {
                sources.add(src);
            }
        }
        assertThat(sources).isNotEmpty();
        assertThat(sources).allSatisfy(src -> assertThat(ROOT.resolve(src)).as(src).exists());
        for (String module : List.of("events", "broker", "outbound", "ops", "test-support", "ingest", "enrich", "notify", "app")) {
            assertThat(dockerfile).contains("COPY " + module + "/pom.xml " + module + "/");
        }
    }
}
