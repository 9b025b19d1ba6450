package org.newsalert.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsalert.events.AlertMatched;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.notify.delivery.DeliveryTopics;
import org.newsalert.notify.delivery.Redrive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Alerts whose retries ran out. */
@Command(name = "dead-letters", mixinStandardHelpOptions = true, description = "Alerts whose delivery retries ran out.",
        subcommands = {DeadLettersCommand.RedriveCommand.class, CommandLine.HelpCommand.class})
final class DeadLettersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "redrive", mixinStandardHelpOptions = true,
            description = "Send parked alerts again with a fresh retry schedule (a running notify service picks them up).")
    static final class RedriveCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka cluster (default: $KAFKA_BOOTSTRAP_SERVERS)")
        String bootstrapServers;

        @Option(names = "--subscription", paramLabel = "ID", description = "only this subscription's alerts")
        String subscription;

        @Override
        public Integer call() {
            String bootstrap = bootstrapServers != null ? bootstrapServers : ConfigSource.fromEnvironment().bootstrapServers();
            if (bootstrap == null) {
                throw new ConfigException("KAFKA_BOOTSTRAP_SERVERS (or --bootstrap-servers) is required");
            }
            List<String> keys = Redrive.run(bootstrap, DeliveryTopics.catalogue(), this::chosen, Clock.systemUTC());
            spec.commandLine().getOut().println("Re-drove " + keys.size() + " alert" + (keys.size() == 1 ? "" : "s")
                    + (subscription == null ? "" : " of subscription " + subscription) + (keys.isEmpty() ? "." : ": " + String.join(", ", keys)));
            spec.commandLine().getOut().flush();
            return 0;
        }

        private boolean chosen(DeadLetter d) {
            if (subscription == null) {
                return true;
            }
            try {
                AlertMatched a = Topics.ALERTS.valueSerde().deserializer().deserialize(d.sourceTopic(),
                        d.value() == null ? null : d.value().getBytes(StandardCharsets.UTF_8));
                return a != null && subscription.equals(a.subscriptionId());
            } catch (RuntimeException e) {
                return false; // not an alert: Redrive would skip it anyway
            }
        }
    }
}
