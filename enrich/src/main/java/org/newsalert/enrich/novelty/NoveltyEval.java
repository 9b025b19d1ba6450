package org.newsalert.enrich.novelty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsalert.events.ArticleKind;

/**
 * Scores the novelty detector on the hand-labelled bill set ({@code shared/data/bills}): articles
 * are grouped by their gold story (clustering is measured elsewhere), fed in file order, and each
 * decision is compared with the gold alert labels. An article alerts when it is a DEVELOPMENT, or a
 * NEW_STORY that reports a bill stage; the looser count that alerts on every NEW_STORY is printed too.
 */
public final class NoveltyEval {

    /** This module's stage ids in the gold set's vocabulary ({@code stage_vocabulary} in gold.json). */
    public static final Map<String, String> GOLD_STAGE = Map.ofEntries(
            Map.entry("introduced", "introduced"),
            Map.entry("companion_filed", "companion-introduced"),
            Map.entry("cosponsor_added", "cosponsor-added"),
            Map.entry("committee_action", "committee-markup"),
            Map.entry("rules_committee", "rules-committee"),
            Map.entry("floor_vote", "procedural-vote"),
            Map.entry("floor_vote_failed", "procedural-vote-failed"),
            Map.entry("passed_house", "passed-house"),
            Map.entry("passed_senate", "passed-senate"),
            Map.entry("cleared_congress", "cleared-congress"),
            Map.entry("signed", "signed-into-law"),
            Map.entry("became_law", "signed-into-law"),
            Map.entry("vetoed", "vetoed"));

    /** Precision and recall of one alert rule against one gold label. */
    public record Score(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f", tp, fp, fn, precision(), recall(), f1());
        }
    }

    /** One scored article. */
    public record Decision(String articleId, String story, ArticleKind kind, String stage, boolean alert,
            boolean goldAlert, List<String> goldNewStages, List<String> newSentences) {}

    /** The figures of one run. */
    public record Report(Score openWorld, Score watchlist, Score openWorldAnyNewStory, int stageRight, int stageJudged,
            List<Decision> decisions) {}

    private NoveltyEval() {}

    public static Report run(Path billsDir) {
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode gold = json.readTree(billsDir.resolve("gold.json").toFile());
            Map<String, JsonNode> goldArticles = new LinkedHashMap<>();
            for (JsonNode a : gold.get("articles")) {
                goldArticles.put(a.get("id").asText(), a);
            }
            Map<String, Set<String>> alsoStages = new LinkedHashMap<>();
            for (JsonNode d : gold.get("developments")) {
                Set<String> s = alsoStages.computeIfAbsent(d.get("first_article_id").asText(), k -> new LinkedHashSet<>());
                s.add(d.get("stage").asText());
                if (d.has("also_stages")) {
                    d.get("also_stages").forEach(x -> s.add(x.asText()));
                }
            }

            NoveltyDetector detector = new NoveltyDetector();
            Map<String, StoryMemory> memories = new LinkedHashMap<>();
            List<Decision> decisions = new ArrayList<>();
            int tpO = 0, fpO = 0, fnO = 0, tpW = 0, fpW = 0, fnW = 0, tpA = 0, fpA = 0, fnA = 0, right = 0, judged = 0;
            for (String line : Files.readAllLines(billsDir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a = json.readTree(line);
                String id = a.get("id").asText();
                JsonNode g = goldArticles.get(id);
                String story = g.get("story").asText();
                String title = a.path("title").asText("");
                String text = a.path("text").asText("");
                StoryMemory memory = memories.get(story);
                ArticleInput input = new ArticleInput(id, title, text, Instant.parse(a.get("published").asText()),
                        leadBills(title, text), memory == null, false);
                Novelty n = detector.detect(memory, input);
                memories.put(story, n.updatedState());

                boolean alert = n.kind() == ArticleKind.DEVELOPMENT || n.kind() == ArticleKind.NEW_STORY && n.stage() != null;
                boolean anyAlert = n.kind() != ArticleKind.COVERAGE;
                boolean goldAlert = g.get("should_alert").asBoolean();
                boolean goldWatch = g.get("should_alert_watchlist").asBoolean();
                boolean target = "target".equals(g.get("role").asText());
                tpO += alert && goldAlert ? 1 : 0;
                fpO += alert && !goldAlert ? 1 : 0;
                fnO += !alert && goldAlert ? 1 : 0;
                tpA += anyAlert && goldAlert ? 1 : 0;
                fpA += anyAlert && !goldAlert ? 1 : 0;
                fnA += !anyAlert && goldAlert ? 1 : 0;
                // Watchlist: the pipeline follows the four target bills, so other stories stay silent.
                boolean watchAlert = alert && target;
                tpW += watchAlert && goldWatch ? 1 : 0;
                fpW += watchAlert && !goldWatch ? 1 : 0;
                fnW += !watchAlert && goldWatch ? 1 : 0;
                List<String> goldNew = new ArrayList<>();
                g.get("new_stages").forEach(x -> goldNew.add(x.asText()));
                if (alert && goldAlert && n.stage() != null) {
                    judged++;
                    Set<String> ok = new LinkedHashSet<>(goldNew);
                    ok.addAll(alsoStages.getOrDefault(id, Set.of()));
                    if (ok.contains(GOLD_STAGE.get(n.stage()))) {
                        right++;
                    }
                }
                decisions.add(new Decision(id, story, n.kind(), n.stage(), alert, goldAlert, goldNew, n.newSentences()));
            }
            return new Report(new Score(tpO, fpO, fnO), new Score(tpW, fpW, fnW), new Score(tpA, fpA, fnA), right, judged,
                    decisions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bill set in " + billsDir, e);
        }
    }

    /** The bills an article leads with (title and first sentence): a stand-in for the tagger. */
    static List<String> leadBills(String title, String text) {
        Set<String> out = new LinkedHashSet<>(StageClassifier.citedBills(title));
        List<String> sentences = Sentences.split(text);
        if (!sentences.isEmpty()) {
            out.addAll(StageClassifier.citedBills(sentences.get(0)));
        }
        return List.copyOf(out);
    }

    public static void print(Report r, PrintStream out, boolean verbose) {
        for (Decision d : r.decisions()) {
            boolean wrong = d.alert() != d.goldAlert();
            if (verbose || wrong) {
                out.printf("%s %-5s %-40s %-11s %-18s gold=%s %s%n", wrong ? "XX" : "ok", d.alert() ? "ALERT" : "-",
                        d.story(), d.kind(), d.stage(), d.goldNewStages(), d.articleId());
                if (verbose && d.alert()) {
                    d.newSentences().forEach(s -> out.println("      | " + s));
                }
            }
        }
        out.println("articles:                 " + r.decisions().size());
        out.println("open-world (should_alert): " + r.openWorld());
        out.println("watchlist:                 " + r.watchlist());
        out.println("open-world, every NEW_STORY alerts: " + r.openWorldAnyNewStory());
        out.printf("stage accuracy on true-positive alerts: %d/%d%n", r.stageRight(), r.stageJudged());
    }

    /** {@code NoveltyEval [billsDir] [-v]}: prints the figures (and every decision with -v). */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("-") ? args[0] : "../shared/data/bills");
        boolean verbose = List.of(args).contains("-v");
        print(run(dir), System.out, verbose);
    }
}
