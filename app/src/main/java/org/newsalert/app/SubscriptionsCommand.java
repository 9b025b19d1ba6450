package org.newsalert.app;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The caller's subscriptions. */
@Command(name = "subscriptions", mixinStandardHelpOptions = true, description = "Manage your subscriptions.",
        subcommands = {SubscriptionsCommand.List.class, CommandLine.HelpCommand.class})
final class SubscriptionsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List your subscriptions as JSON.")
    static final class List implements Callable<Integer> {
        @Mixin
        ApiOptions api;

        @Override
        public Integer call() throws Exception {
            return api.print(client -> Map.of("subscriptions", client.list()));
        }
    }
}
