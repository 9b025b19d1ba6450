package org.newsalert.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsalert.testing.Fixtures;

/**
 * Measures how often the parser agrees with what each shared corpus says about its own files
 * (see {@code shared/data/feeds/README.md}), in strict and lenient mode, and prints the figures.
 * "Clean" means parsed without repair; "bozo" (feedparser) and {@code SAXError} (feedvalidator)
 * files agree when rejected or parsed only after repair. Field checks compare exact values where a
 * feedparser expectation is a single {@code field == 'literal'} (those in {@code sanitize/} are
 * printed but not counted, as they test HTML sanitising); Rome's files must parse with the
 * feed type their name states.
 */
class FeedCorpusAgreementTest {
    private static final Pattern EXPECT = Pattern.compile("Expect:\\s*(.*?)\\s*-->", Pattern.DOTALL);
    private static final Pattern HEADER_CONTENT_TYPE = Pattern.compile("(?im)^Header:\\s*Content-type:\\s*(.*?)\\s*$");
    private static final Pattern FIELD_EQUALS = Pattern.compile(
            "^(?:not bozo and )?(feed|entries\\[0\\])(?:\\['(\\w+)'\\]|\\.(\\w+)) == (u?'(?:[^'\\\\]|\\\\.)*'|u?\"(?:[^\"\\\\]|\\\\.)*\")$");
    private static final Pattern ENCODING_EQUALS = Pattern.compile("^(?:not bozo and )?encoding == '([\\w.-]+)'$");
    private static final Pattern ROME_TYPED_NAME = Pattern.compile("^(rss_\\d\\.\\d+U?|atom_\\d\\.\\d)(_.*)?\\.xml$");

    /** agree/total per check, by check name. */
    private static final class Tally {
        final Map<String, int[]> checks = new TreeMap<>();
        final List<String> disagreements = new ArrayList<>();

        void check(String name, boolean agrees, Path file, String detail) {
            int[] t = checks.computeIfAbsent(name, k -> new int[2]);
            t[1]++;
            if (agrees) {
                t[0]++;
            } else {
                disagreements.add(name + " " + file + ": " + detail);
            }
        }

        double rate(String prefix) {
            int agree = 0;
            int total = 0;
            for (var e : checks.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    agree += e.getValue()[0];
                    total += e.getValue()[1];
                }
            }
            return total == 0 ? 1.0 : agree / (double) total;
        }
    }

    @Test
    void shouldNeverCrashAndAgreeWithEachCorpusAboveTheFloor() {
        Path root = Fixtures.shared("data/feeds");
        assumeTrue(root != null, "shared feed corpora not present");

        Map<String, Tally> strict = measure(root, FeedParser.strict());
        Map<String, Tally> lenient = measure(root, FeedParser.lenient());

        for (String corpus : List.of("feedparser", "feedvalidator", "rome")) {
            System.out.println("== " + corpus);
            for (var e : lenient.get(corpus).checks.entrySet()) {
                int[] s = strict.get(corpus).checks.getOrDefault(e.getKey(), new int[2]);
                int[] l = e.getValue();
                System.out.printf(Locale.ROOT, "  %-28s strict %4d/%-4d %6.1f%%   lenient %4d/%-4d %6.1f%%%n",
                        e.getKey(), s[0], s[1], 100.0 * s[0] / Math.max(1, s[1]), l[0], l[1], 100.0 * l[0] / Math.max(1, l[1]));
            }
            lenient.get(corpus).disagreements.forEach(d -> System.out.println("  disagrees (lenient): " + d));
        }

        for (Map<String, Tally> mode : List.of(strict, lenient)) {
            for (Tally t : mode.values()) {
                assertThat(t.checks.getOrDefault("crashed == 0", new int[2])).containsExactly(1, 1);
            }
        }
        // Floors a little under the figures measured when this test was written (see the printout).
        assertThat(lenient.get("feedparser").rate("outcome")).isGreaterThanOrEqualTo(0.96);
        assertThat(lenient.get("feedparser").rate("field")).isGreaterThanOrEqualTo(0.80);
        assertThat(lenient.get("feedvalidator").rate("outcome")).isGreaterThanOrEqualTo(0.93);
        assertThat(lenient.get("rome").rate("outcome")).isGreaterThanOrEqualTo(0.95);
        assertThat(lenient.get("rome").rate("field")).isEqualTo(1.0);
        assertThat(lenient.get("feedparser").rate("outcome")).isGreaterThan(strict.get("feedparser").rate("outcome"));
    }

    private static Map<String, Tally> measure(Path root, FeedParser parser) {
        Map<String, Tally> byCorpus = new TreeMap<>();
        for (String corpus : List.of("feedparser", "feedvalidator", "rome")) {
            Path dir = root.resolve(corpus);
            Map<Path, String> texts = new TreeMap<>();
            List<Path> files = FeedEval.files(List.of(dir));
            files.forEach(f -> texts.put(f, commentText(f)));
            Function<Path, String> contentType = f -> {
                Matcher m = HEADER_CONTENT_TYPE.matcher(texts.get(f));
                return m.find() ? m.group(1) : null;
            };
            List<FeedEval.Outcome> outcomes = FeedEval.evaluate(files, parser::parse, contentType, FeedEval.TIMEOUT);
            Tally tally = new Tally();
            tally.check("crashed == 0", FeedEval.summarise(outcomes).crashed() == 0, dir, "see crashes");
            for (FeedEval.Outcome o : outcomes) {
                switch (corpus) {
                    case "feedparser" -> feedparser(tally, dir.relativize(o.file()), o, texts.get(o.file()));
                    case "feedvalidator" -> feedvalidator(tally, o, texts.get(o.file()));
                    default -> rome(tally, o);
                }
            }
            byCorpus.put(corpus, tally);
        }
        return byCorpus;
    }

    private static void feedparser(Tally tally, Path relative, FeedEval.Outcome o, String text) {
        Matcher m = EXPECT.matcher(text);
        String expect = m.find() ? m.group(1).strip() : "";
        if (expect.startsWith("bozo")) {
            tally.check("outcome: bozo -> refused/repaired", o.feed() == null || o.feed().repaired(), o.file(), describe(o));
        } else if (relative.startsWith("wellformed") || expect.startsWith("not bozo")) {
            tally.check("outcome: clean -> parsed", o.feed() != null && !o.feed().repaired(), o.file(), describe(o));
        } else {
            tally.check("outcome: other -> parsed", o.feed() != null, o.file(), describe(o));
        }
        Matcher field = FIELD_EQUALS.matcher(expect);
        if (field.matches()) {
            String name = field.group(2) != null ? field.group(2) : field.group(3);
            String scope = field.group(1).equals("feed") ? "feed" : "item";
            if (List.of("title", "link", "id").contains(name) && !(scope.equals("feed") && name.equals("id"))) {
                String expected = pythonString(field.group(4));
                String actual = o.feed() == null ? null : actualField(o.feed(), scope, name);
                // sanitize/ expects feedparser's HTML sanitising, which this parser deliberately does not do.
                String check = relative.startsWith("wellformed/sanitize") ? "n/a (sanitising): " : "field: ";
                tally.check(check + scope + "." + name, expected.equals(actual), o.file(),
                        "expected <" + expected + "> got <" + actual + ">" + (o.feed() == null ? " " + describe(o) : ""));
            }
        }
        Matcher encoding = ENCODING_EQUALS.matcher(expect);
        if (encoding.matches()) {
            boolean same = o.feed() != null && Charset.isSupported(encoding.group(1))
                    && Charset.forName(encoding.group(1)).equals(Charset.forName(o.feed().charset()));
            tally.check("field: encoding", same, o.file(),
                    "expected " + encoding.group(1) + " got " + (o.feed() == null ? describe(o) : o.feed().charset()));
        }
    }

    private static String actualField(ParsedFeed feed, String scope, String name) {
        if (scope.equals("feed")) {
            return name.equals("title") ? feed.title() : feed.link();
        }
        if (feed.items().isEmpty()) {
            return null;
        }
        FeedItem item = feed.items().get(0);
        return switch (name) {
            case "title" -> item.title();
            case "link" -> item.link();
            default -> item.guid();
        };
    }

    private static void feedvalidator(Tally tally, FeedEval.Outcome o, String text) {
        Matcher m = EXPECT.matcher(text);
        String expect = m.find() ? m.group(1).strip() : "";
        if (expect.startsWith("SAXError")) {
            tally.check("outcome: SAXError -> refused/repaired", o.feed() == null || o.feed().repaired(), o.file(), describe(o));
        } else {
            tally.check("outcome: well-formed -> parsed", o.feed() != null && !o.feed().repaired(), o.file(), describe(o));
        }
    }

    private static void rome(Tally tally, FeedEval.Outcome o) {
        tally.check("outcome: parsed", o.feed() != null && !o.feed().repaired(), o.file(), describe(o));
        Matcher typed = ROME_TYPED_NAME.matcher(o.file().getFileName().toString());
        if (typed.matches()) {
            String actual = o.feed() == null ? describe(o) : o.feed().type();
            tally.check("field: feed type from name", typed.group(1).equals(actual), o.file(), "got " + actual);
        }
    }

    private static String describe(FeedEval.Outcome o) {
        if (o.feed() != null) {
            return o.feed().repaired() ? "parsed after repair" : "parsed";
        }
        return o.rejection() != null ? "rejected: " + o.rejection().reason() : "crashed: " + o.crash();
    }

    /** The file's text for reading its test comment; the wide encodings are tried when ASCII finds none. */
    private static String commentText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (String cs : List.of("ISO-8859-1", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
                String text = new String(bytes, Charset.forName(cs));
                if (text.contains("Expect:")) {
                    return text;
                }
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a Python string literal as used in feedparser's expectations. */
    static String pythonString(String literal) {
        String body = literal.startsWith("u") ? literal.substring(1) : literal;
        body = body.substring(1, body.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char n = body.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> { out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 3), 16)); i += 2; }
                case 'u' -> { out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 5), 16)); i += 4; }
                case 'U' -> { out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16)); i += 8; }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
