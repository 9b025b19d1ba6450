package org.newsalert.ingest.feed;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code newsalert eval feeds DIR...}: parses every regular file under the folders as a feed and
 * counts what happened. A rejection is a {@link FeedParseException}; anything else the parser
 * throws, and any parse that takes longer than {@link #TIMEOUT} (10 s), is a crash. Each file
 * runs on its own daemon thread so that a hung parse can be abandoned without stopping the run.
 */
public final class FeedEval {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** What is evaluated; {@code FeedParser::parse} in production, stand-ins in tests. */
    @FunctionalInterface
    interface BodyParser {
        ParsedFeed parse(byte[] body, String contentType, String feedUrl) throws FeedParseException;
    }

    /** One file's outcome: exactly one of feed, rejection or crash is set. */
    record Outcome(Path file, ParsedFeed feed, FeedParseException rejection, String crash) {}

    /** Totals; {@link #json()} is the eval's last output line. */
    record Summary(int files, int parsed, int rejected, int crashed, long items) {
        String json() {
            return "{\"files\":" + files + ",\"parsed\":" + parsed + ",\"rejected\":" + rejected
                    + ",\"crashed\":" + crashed + ",\"items\":" + items + "}";
        }
    }

    private FeedEval() {}

    /** Prints one line per failed file, then the summary JSON; returns 0 when nothing crashed. */
    public static int run(List<Path> dirs, PrintStream out) {
        Objects.requireNonNull(out, "out");
        List<Outcome> outcomes = evaluate(files(dirs), FeedParser.lenient()::parse, file -> null, TIMEOUT);
        for (Outcome o : outcomes) {
            if (o.rejection() != null) {
                out.println("rejected " + o.file() + ": " + o.rejection().reason());
            } else if (o.crash() != null) {
                out.println("crashed " + o.file() + ": " + o.crash());
            }
        }
        Summary s = summarise(outcomes);
        out.println(s.json());
        return s.crashed() == 0 ? 0 : 1;
    }

    /** Regular files under the folders, recursively, in sorted order per folder. */
    static List<Path> files(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : Objects.requireNonNull(dirs, "dirs")) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("listing " + dir, e);
            }
        }
        return files;
    }

    /**
     * Parses each file with the parser on a worker thread.
     *
     * @param contentType the Content-Type header to pretend for a file (null for none)
     */
    static List<Outcome> evaluate(
            List<Path> files, BodyParser parser, Function<Path, String> contentType, Duration timeout) {
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "feed-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Outcome> outcomes = new ArrayList<>(files.size());
            for (Path file : files) {
                outcomes.add(evaluateOne(workers, parser, file, contentType.apply(file), timeout));
            }
            return outcomes;
        } finally {
            workers.shutdownNow();
        }
    }

    private static Outcome evaluateOne(
            ExecutorService workers, BodyParser parser, Path file, String contentType, Duration timeout) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Outcome(file, null, null, "unreadable: " + e);
        }
        Future<ParsedFeed> result = workers.submit(() -> parser.parse(body, contentType, file.toUri().toString()));
        try {
            return new Outcome(file, result.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null, null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FeedParseException rejection) {
                return new Outcome(file, null, rejection, null);
            }
            return new Outcome(file, null, null, String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            result.cancel(true);
            return new Outcome(file, null, null, "no result after " + timeout.toMillis() + " ms, abandoned");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            return new Outcome(file, null, null, "interrupted");
        }
    }

    static Summary summarise(List<Outcome> outcomes) {
        int parsed = 0;
        int rejected = 0;
        int crashed = 0;
        long items = 0;
        for (Outcome o : outcomes) {
            if (o.feed() != null) {
                parsed++;
                items += o.feed().items().size();
            } else if (o.rejection() != null) {
                rejected++;
            } else {
                crashed++;
            }
        }
        return new Summary(outcomes.size(), parsed, rejected, crashed, items);
    }
}
