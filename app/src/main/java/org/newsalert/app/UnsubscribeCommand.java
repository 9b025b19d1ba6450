package org.newsalert.app;

import java.util.concurrent.Callable;
import org.newsalert.notify.api.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Deletes one of the caller's subscriptions. */
@Command(name = "unsubscribe", mixinStandardHelpOptions = true, description = "Delete one of your subscriptions.")
final class UnsubscribeCommand implements Callable<Integer> {
    @Mixin
    ApiOptions api;

    @Parameters(paramLabel = "ID", description = "the subscription's id")
    String id;

    @Override
    public Integer call() throws Exception {
        boolean[] deleted = new boolean[1];
        int rc = api.print(client -> {
            deleted[0] = client.unsubscribe(id);
            return null;
        });
        if (rc != 0) {
            return rc;
        }
        if (!deleted[0]) {
            ApiOptions.printProblem(api.spec.commandLine().getErr(), new Problem("about:blank", "Not Found", 404, "no subscription " + id));
            return 1;
        }
        api.spec.commandLine().getOut().println("Deleted subscription " + id + ".");
        api.spec.commandLine().getOut().flush();
        return 0;
    }
}
