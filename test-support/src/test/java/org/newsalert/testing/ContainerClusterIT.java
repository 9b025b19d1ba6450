package org.newsalert.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The Testcontainers path: runs where a Docker engine answers, is skipped (not failed) elsewhere. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerClusterIT {

    @Test
    void shouldServeTopicsFromTheKafkaNativeContainer() throws Exception {
        try (KafkaCluster cluster = new ContainerCluster();
                var admin = org.apache.kafka.clients.admin.Admin.create(
                        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            admin.createTopics(java.util.List.of(new NewTopic("container-check", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("container-check");
        }
    }
}
