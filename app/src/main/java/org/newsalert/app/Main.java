package org.newsalert.app;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsalert} command line: runs the services, replays archives, evaluates and benchmarks. */
@Command(
        name = "newsalert",
        mixinStandardHelpOptions = true,
        version = "newsalert 0.1.0",
        description = "Event-driven news alerts: feeds -> Kafka -> stories and developments -> email and webhooks.",
        subcommands = {
            RunCommand.class,
            IngestCommand.class,
            EnrichCommand.class,
            BacktestCommand.class,
            ReplayCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            NotifyCommand.class,
            SubscribeCommand.class,
            SubscriptionsCommand.class,
            UnsubscribeCommand.class,
            DeliveriesCommand.class,
            DeadLettersCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("newsalert: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            if (System.getenv("NEWSALERT_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options every command that talks to Kafka shares. */
    static final class KafkaOptions {
        @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
                description = "Kafka cluster (default: $KAFKA_BOOTSTRAP_SERVERS, else an embedded broker in the state directory)")
        String bootstrapServers;

        @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "${env:NEWSALERT_STATE_DIR:-.newsalert}",
                description = "where the embedded broker and local state live (default: ${DEFAULT-VALUE})")
        Path stateDir;
    }
}
