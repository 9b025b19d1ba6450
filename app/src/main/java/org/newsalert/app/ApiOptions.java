package org.newsalert.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.newsalert.events.Json;
import org.newsalert.notify.api.Problem;
import org.newsalert.notify.api.SubscriptionClient;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Where the subscriptions API is and who calls it; shared by the commands that talk to it. */
final class ApiOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "${env:NEWSALERT_API_URL:-http://127.0.0.1:8080}",
            description = "the subscriptions API (default: $NEWSALERT_API_URL, else ${DEFAULT-VALUE})")
    String api;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:NEWSALERT_API_TOKEN}",
            description = "API token (default: $NEWSALERT_API_TOKEN)")
    String token;

    SubscriptionClient client() {
        if (token == null || token.isBlank()) {
            throw new ParameterException(spec.commandLine(), "an API token is required: --token or NEWSALERT_API_TOKEN");
        }
        try {
            return new SubscriptionClient(URI.create(api), token);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--api is not a URL: " + api);
        }
    }

    /** A call to the API, which may answer with a problem. */
    @FunctionalInterface
    interface Call {
        Object run(SubscriptionClient client) throws IOException, InterruptedException;
    }

    /**
     * Runs {@code call} and prints its result as JSON; a problem answer is printed with its detail
     * and field errors and gives exit code 1, as does an API that cannot be reached.
     */
    int print(Call call) throws Exception {
        SubscriptionClient client = client();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Object result = call.run(client);
            if (result != null) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            }
            out.flush();
            return 0;
        } catch (SubscriptionClient.ApiProblemException e) {
            printProblem(err, e.problem());
            return 1;
        } catch (ConnectException e) {
            err.println("newsalert: cannot reach the API at " + api + " (is `newsalert notify` or `newsalert run` running?)");
            return 1;
        }
    }

    static void printProblem(PrintWriter err, Problem p) {
        err.println("newsalert: " + p.status + " " + p.title + (p.detail == null ? "" : ": " + p.detail));
        if (p.extension("errors") instanceof List<?> errors && errors.size() > 1) {
            for (Object o : errors) {
                if (o instanceof Map<?, ?> m) {
                    err.println("  " + m.get("field") + ": " + m.get("message"));
                }
            }
        }
        err.flush();
    }
}
