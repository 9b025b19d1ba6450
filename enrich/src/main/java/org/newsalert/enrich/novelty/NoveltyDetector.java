package org.newsalert.enrich.novelty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsalert.enrich.novelty.StageMention.Reading;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.StageReached;

/**
 * Decides what an article means to a reader who has followed its story: the story's first article
 * that names a bill or reports a step of one is NEW_STORY (articles before it, of a story that is not
 * about a bill, are COVERAGE), the first report of a stage the story has not reached is a DEVELOPMENT of that
 * stage, and everything else (repeats, background, previews, near-copies) is COVERAGE. Chamber
 * votes are read against the story so far: a chamber voting again after the other chamber passed
 * the bill is the final vote that clears Congress, not a repeat of its first passage.
 */
public final class NoveltyDetector {
    private static final java.util.regex.Pattern THIS_WEEK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:today|tonight|yesterday|this\\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
    /** "have both signed onto new legislation": support given just now, whatever the filing's date. */
    private static final java.util.regex.Pattern JUST_JOINED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:have|has)\\s+(?:\\w+\\s+)?(?:signed|joined|come|become|added)\\b");
    /** A sentence is already known when this share of its word trigrams was seen before. */
    private static final double KNOWN_SENTENCE = 0.6;
    /** An article is a near-copy when this share of its sentences is already known. */
    private static final double NEAR_COPY = 0.8;
    private static final int LEAD_SENTENCES = 2;
    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as",
            "is", "are", "was", "were", "be", "been", "it", "its", "that", "this", "which", "who", "he", "she",
            "they", "his", "her", "their", "has", "have", "had", "said", "says", "will", "would", "than", "into");

    private final StageClassifier classifier;

    public NoveltyDetector() {
        this(new StageClassifier());
    }

    public NoveltyDetector(StageClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** Days after a procedural vote from which another is a new round (see {@code State.repeat}). */
    static final int NEW_ROUND_DAYS = 3;

    /** How an article, read on its own, talks about the stages of its bills. */
    public enum StageTalk {
        /** It reports (not recalls) some stage as news. */
        REPORTS,
        /**
         * It talks about stages only as background or expectation ("the Senate passed the package
         * last week", "urged the House to accept"): about legislation, though it reports nothing new.
         */
        MENTIONS,
        /** No stage of its bills at all (stages of other bills do not count). */
        NONE
    }

    /** How the article talks about stages, for a caller deciding where it belongs before there is a story to read it against. */
    public StageTalk stageTalk(String title, String text, Instant published, Collection<String> bills) {
        LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
        StageTalk talk = StageTalk.NONE;
        for (StageMention m : classifier.classify(title, text, day, bills)) {
            if (confident(m, Reading.REPORTED)) {
                return StageTalk.REPORTS;
            }
            if (m.reading() != Reading.OTHER_BILL && m.confidence() >= StageClassifier.MIN_CONFIDENCE) {
                talk = StageTalk.MENTIONS;
            }
        }
        return talk;
    }

    /** The article's confident mentions read as news, in text order. */
    public List<StageMention> reported(String title, String text, Instant published, Collection<String> bills) {
        LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
        return classifier.classify(title, text, day, bills).stream().filter(m -> confident(m, Reading.REPORTED)).toList();
    }

    /**
     * Whether the article reports, as news, only steps a bill takes in Congress (introduction to
     * passage in a chamber), nothing of the President's and no final passage.
     */
    public boolean reportsOnlyStepsInCongress(String title, String text, Instant published, Collection<String> bills) {
        LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
        boolean any = false;
        for (StageMention m : classifier.classify(title, text, day, bills)) {
            if (confident(m, Reading.REPORTED)) {
                if (m.stage().rank() < 1 || m.stage().rank() >= Stage.CLEARED_CONGRESS.rank() || m.toPresident()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * What {@code article} adds to a story whose state so far is {@code memory} (null or empty for
     * a story that has no article yet).
     */
    public Novelty detect(StoryMemory memory, ArticleInput article) {
        Objects.requireNonNull(article, "article");
        StoryMemory prior = memory == null || article.startsStory() ? StoryMemory.empty() : memory;
        boolean newStory = prior.articles() == 0;

        Set<String> bills = new LinkedHashSet<>(prior.bills());
        bills.addAll(article.bills());
        LocalDate day = LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
        List<String> sentences = Sentences.split(article.text());
        List<StageMention> mentions = rosterChamber(
                classifier.classify(article.title(), article.text(), sentences, day, bills), article.memberChambers());
        if (!article.startsStory()) {
            mentions = originalCosponsors(mentions, article.newMembers(), article.knownMembers());
        }

        List<List<Integer>> prints = sentences.stream().map(NoveltyDetector::fingerprints).toList();
        Set<Integer> known = new LinkedHashSet<>(prior.fingerprints());
        boolean nearCopy = article.nearCopy() || !newStory && isNearCopy(prints, known);
        // A release that reuses most of the last one's paragraphs under a new lead ("Today, President Trump
        // signed into law ..." above the Senate passage release's text) is a copy only in its known sentences:
        // a stage reported in a sentence the story has not seen still counts.
        Set<String> unseen = nearCopy ? unseenSentences(article.title(), sentences, prints, known) : Set.of();
        // "... Act Signed Into Law" over "... Act Passes Senate", the release's lead sentence the same but for its verb:
        // a sentence changed in any words may report a stage the story has not reached.
        Set<String> changed = nearCopy ? changedSentences(article.title(), sentences, prints, known) : Set.of();

        State state = new State(prior);
        state.onwardTo = StageClassifier.onwardTo(article.title(), sentences);
        state.leadReportsAnotherStep = mentions.stream().anyMatch(m -> m.sentenceIndex() <= 0 && confident(m, Reading.REPORTED)
                && m.stage() != Stage.INTRODUCED && m.stage() != Stage.COMPANION_FILED);
        state.articleId = article.articleId();
        // Background first: "the bill, which passed the House in June" fills in the story's past,
        // unless the same article also reports that stage as news.
        Set<Stage> reported = new LinkedHashSet<>();
        for (StageMention m : mentions) {
            if (confident(m, Reading.REPORTED)) {
                reported.add(m.stage());
            }
        }
        for (StageMention m : mentions) {
            if (confident(m, Reading.BACKGROUND) && !reported.contains(m.stage())) {
                for (Stage s : state.resolve(m)) {
                    state.reach(s, m.chamber(), article, false, m.sentences());
                }
            }
        }
        Map<Stage, List<String>> fresh = new LinkedHashMap<>();
        List<String> tallies = new ArrayList<>();
        for (StageMention m : mentions) {
            if (!confident(m, Reading.REPORTED)) {
                continue;
            }
            List<Stage> resolved = state.resolve(m);
            for (Stage s : resolved) {
                boolean counts = !nearCopy || m.sentences().stream().anyMatch(unseen::contains)
                        || !state.reached(s) && m.sentences().stream().anyMatch(changed::contains);
                if (state.reach(s, m.chamber(), article, counts, m.sentences()) || fresh.containsKey(s)) {
                    fresh.computeIfAbsent(s, k -> new ArrayList<>()).addAll(m.sentences());
                }
            }
            if (m.tally() != null) {
                tallies.add(m.tally());
            }
        }

        Stage primary = primary(fresh.keySet());
        ArticleKind kind;
        List<String> newSentences;
        // newsalert alerts on legislation: a story is announced by its first article that names a bill
        // (by number or by name) or reports a step of one. Until then (an executive order, a court
        // ruling, a state's law) its articles are coverage: grouped, kept, and not alerts.
        boolean anchored = !article.bills().isEmpty() || article.leadsWithAct() || primary != null;
        boolean announce = newStory || prior.silent();
        if (announce && !anchored) {
            kind = ArticleKind.COVERAGE;
            primary = null;
            newSentences = List.of();
        } else if (announce) {
            kind = ArticleKind.NEW_STORY;
            newSentences = primary != null ? distinctBodyFirst(fresh.get(primary), article.title())
                    : sentences.subList(0, Math.min(LEAD_SENTENCES, sentences.size()));
        } else if (primary == null) {
            kind = ArticleKind.COVERAGE;
            primary = null;
            newSentences = List.of();
        } else {
            kind = ArticleKind.DEVELOPMENT;
            newSentences = distinctBodyFirst(fresh.get(primary), article.title());
        }

        List<String> allTallies = new ArrayList<>(prior.tallies());
        for (String t : tallies) {
            if (!allTallies.contains(t)) {
                allTallies.add(t);
            }
        }
        List<Integer> fingerprints = new ArrayList<>(known);
        for (List<Integer> sentencePrints : prints) {
            for (int f : sentencePrints) {
                if (known.add(f)) {
                    fingerprints.add(f);
                }
            }
        }
        StoryMemory updated = new StoryMemory(prior.articles() + 1, state.stages, state.introducedIn, allTallies,
                List.copyOf(bills), fingerprints, announce && !anchored, state.committees, prior.acts());
        return new Novelty(kind, primary == null ? null : primary.id(), newSentences, updated);
    }

    /**
     * "The bill is cosponsored by committee Chairman Sam Graves (R-MO) and Ranking Member Rick Larsen
     * (D-WA)" in an article that tells the bill's introduction, as news or as its past: a list of the
     * bill's original cosponsors. It is news only when it names a member the story has not named
     * before ("The bill is co-sponsored by Rep. Anna Paulina Luna", the first word of her support);
     * otherwise it is read as background, which fills in the story's past. (A story's first article
     * is news as a whole, and is not passed through this.) In any later article, such a list that
     * names only members the story already knows ("Rep. Sharice Davids ... is co-sponsoring the new
     * Muhammad Ali American Boxing Revival Act", after the release in which she introduced it with Rep.
     * Jack) tells their support again; a member joining ("signed on as a cosponsor") is never a list.
     */
    static List<StageMention> originalCosponsors(List<StageMention> mentions, List<String> newMembers, List<String> knownMembers) {
        List<StageMention> known = new ArrayList<>(mentions.size());
        for (StageMention m : mentions) {
            if (m.stage() == Stage.COSPONSOR_ADDED && m.reading() == Reading.REPORTED && !knownMembers.isEmpty()
                    && m.sentences().stream().allMatch(StageClassifier::isCosponsorList)
                    && m.sentences().stream().allMatch(x -> namesAny(x, knownMembers))
                    && m.sentences().stream().noneMatch(x -> namesAny(x, newMembers))) {
                known.add(m.withReading(Reading.BACKGROUND));
            } else {
                known.add(m);
            }
        }
        mentions = known;
        boolean introduction = false;
        for (StageMention m : mentions) {
            if ((m.stage() == Stage.INTRODUCED || m.stage() == Stage.COMPANION_FILED)
                    && (m.reading() == Reading.REPORTED || m.reading() == Reading.BACKGROUND)) {
                introduction = true;
                break;
            }
        }
        if (!introduction) {
            return mentions;
        }
        // "Rep. Dave Taylor, R-Ohio, introduced HR3608 earlier this month. Reps. Harriet Hageman ... signed on as
        // co-sponsors.": members joining, told with no time of their own right after a past filing, joined it then (a
        // list, "is cosponsored by", is read below: news when it names a member the story has not named).
        Set<Integer> pastFilings = new java.util.TreeSet<>();
        for (StageMention m : mentions) {
            if ((m.stage() == Stage.INTRODUCED || m.stage() == Stage.COMPANION_FILED) && m.reading() == Reading.BACKGROUND) {
                pastFilings.add(m.sentenceIndex());
            }
        }
        List<StageMention> out = new ArrayList<>(mentions.size());
        for (StageMention m : mentions) {
            boolean withPastFiling = (pastFilings.contains(m.sentenceIndex()) || pastFilings.contains(m.sentenceIndex() - 1))
                    && m.sentences().stream().noneMatch(x -> THIS_WEEK.matcher(x).find() || JUST_JOINED.matcher(x).find());
            if (m.stage() == Stage.COSPONSOR_ADDED && m.reading() == Reading.REPORTED && m.sentenceIndex() >= 0 && withPastFiling
                    && m.sentences().stream().noneMatch(StageClassifier::isCosponsorList)) {
                out.add(m.withReading(Reading.BACKGROUND));
            } else if (m.stage() == Stage.COSPONSOR_ADDED && m.reading() == Reading.REPORTED
                    && m.sentences().stream().allMatch(StageClassifier::isCosponsorList)
                    && m.sentences().stream().noneMatch(x -> namesAny(x, newMembers))) {
                out.add(m.withReading(Reading.BACKGROUND));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "Crapo, Risch, Lummis introduce bill to protect firefighters": a filing whose words give no chamber
     * (no "Sen." or "Rep.", no "in the Senate") takes the chamber of the members of Congress its sentence
     * names before the verb, when the roster has them all in one. When they sit in both ("Budd, Nehls
     * Introduce Legislation to Allow Flight of Supersonic Civil Aircraft": a senator and a congressman),
     * the filing is both chambers', as "House and Senate lawmakers introduced" is.
     */
    static List<StageMention> rosterChamber(List<StageMention> mentions, Map<String, Chamber> memberChambers) {
        if (memberChambers.isEmpty()) {
            return mentions;
        }
        Set<Integer> bicameral = new java.util.TreeSet<>();
        for (StageMention m : mentions) {
            if (m.stage() == Stage.COMPANION_FILED) {
                bicameral.add(m.sentenceIndex());
            }
        }
        List<StageMention> out = new ArrayList<>(mentions.size());
        for (StageMention m : mentions) {
            Set<Chamber> named = m.stage() == Stage.INTRODUCED && m.sentences().size() == 1
                    ? chambersNamedBefore(m.sentences().get(0), "introduc", memberChambers) : Set.of();
            if (named.size() == 1 && m.chamber() == null) {
                out.add(m.withChamber(named.iterator().next()));
            } else if (named.size() == 2 && m.reading() == Reading.REPORTED && bicameral.add(m.sentenceIndex())) {
                out.add(m);
                out.add(m.asStage(Stage.COMPANION_FILED).withChamber(null));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The chambers of the members of Congress {@code sentence} names before its first {@code verb}. */
    private static Set<Chamber> chambersNamedBefore(String sentence, String verb, Map<String, Chamber> memberChambers) {
        String s = sentence.toLowerCase(Locale.ROOT);
        int at = s.indexOf(verb);
        Set<Chamber> named = new java.util.TreeSet<>();
        if (at > 0) {
            String before = s.substring(0, at);
            memberChambers.forEach((last, c) -> {
                if (namesAny(before, List.of(last))) {
                    named.add(c);
                }
            });
        }
        return named;
    }

    /** Whether {@code sentence} has one of {@code lastNames} as a whole word. */
    private static boolean namesAny(String sentence, List<String> lastNames) {
        for (String name : lastNames) {
            int at = sentence.indexOf(name);
            while (at >= 0) {
                int end = at + name.length();
                boolean start = at == 0 || !Character.isLetter(sentence.charAt(at - 1));
                if (start && (end == sentence.length() || !Character.isLetter(sentence.charAt(end)))) {
                    return true;
                }
                at = sentence.indexOf(name, at + 1);
            }
        }
        return false;
    }

    /** A mention read as {@code reading} with at least the classifier's minimum confidence: the only ones acted on. */
    private static boolean confident(StageMention m, Reading reading) {
        return m.reading() == reading && m.confidence() >= StageClassifier.MIN_CONFIDENCE;
    }

    /** The most advanced of the new stages; an official statement only when there is nothing else. */
    static Stage primary(Set<Stage> stages) {
        Stage best = null;
        for (Stage s : stages) {
            if (best == null || s.rank() > best.rank()) {
                best = s;
            }
        }
        return best;
    }

    /** Stage sentences from the body, or the headline when only the headline carries the stage. */
    private static List<String> distinctBodyFirst(List<String> stageSentences, String title) {
        List<String> body = stageSentences.stream().filter(s -> !s.equals(title.strip())).distinct().toList();
        return body.isEmpty() ? stageSentences.stream().distinct().toList() : body;
    }

    /** Whether most sentences (each given by its fingerprints) are mostly known to the story. */
    private static boolean isNearCopy(List<List<Integer>> sentencePrints, Set<Integer> known) {
        int counted = 0;
        int seen = 0;
        for (List<Integer> prints : sentencePrints) {
            if (prints.size() < 3) {
                continue;
            }
            counted++;
            long hits = prints.stream().filter(known::contains).count();
            if (hits >= KNOWN_SENTENCE * prints.size()) {
                seen++;
            }
        }
        return counted >= 3 && seen >= NEAR_COPY * counted;
    }

    /**
     * The headline and sentences (of at least three fingerprints each) of which less than
     * {@link #KNOWN_SENTENCE} is known to the story.
     */
    private static Set<String> unseenSentences(String title, List<String> sentences, List<List<Integer>> sentencePrints,
            Set<Integer> known) {
        return sentencesWhere(title, sentences, sentencePrints, prints -> unseen(prints, known));
    }

    /** The headline and sentences (of at least three fingerprints each) with a fingerprint the story has not seen. */
    private static Set<String> changedSentences(String title, List<String> sentences, List<List<Integer>> sentencePrints,
            Set<Integer> known) {
        return sentencesWhere(title, sentences, sentencePrints, prints -> prints.size() >= 3 && !known.containsAll(prints));
    }

    private static Set<String> sentencesWhere(String title, List<String> sentences, List<List<Integer>> sentencePrints,
            java.util.function.Predicate<List<Integer>> test) {
        Set<String> out = new HashSet<>();
        if (test.test(fingerprints(title))) {
            out.add(title);
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (test.test(sentencePrints.get(i))) {
                out.add(sentences.get(i));
            }
        }
        return out;
    }

    private static boolean unseen(List<Integer> prints, Set<Integer> known) {
        return prints.size() >= 3 && prints.stream().filter(known::contains).count() < KNOWN_SENTENCE * prints.size();
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** FNV-1a hashes of the sentence's content-word trigrams: stable across JVMs and runs. */
    static List<Integer> fingerprints(String sentence) {
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(StageClassifier.normalise(sentence))) {
            if (!w.isEmpty() && !STOPWORDS.contains(w)) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            out.add(fnv(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2)));
        }
        return out;
    }

    private static int fnv(String s) {
        int h = 0x811c9dc5;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h;
    }

    /** The story's stages while one article is being read. */
    private static final class State {
        final List<StageReached> stages;
        final List<String> tallies;
        final List<Chamber> committees;
        Chamber introducedIn;
        /** Whether the article's headline or opening sentence reports a step other than a filing. */
        boolean leadReportsAnotherStep;
        /** The chamber the article says the bill goes to next ("Senate next"), or null. */
        Chamber onwardTo;
        /** The article being read. */
        String articleId;

        State(StoryMemory memory) {
            this.stages = new ArrayList<>(memory.stages());
            this.tallies = memory.tallies();
            this.committees = new ArrayList<>(memory.committees());
            this.introducedIn = memory.introducedIn();
        }

        int index(Stage s) {
            for (int i = 0; i < stages.size(); i++) {
                if (stages.get(i).stage().equals(s.id())) {
                    return i;
                }
            }
            return -1;
        }

        boolean reached(Stage s) {
            return index(s) >= 0;
        }

        boolean postCongress() {
            return stages.stream().anyMatch(r -> Stage.fromId(r.stage()).map(Stage::isPostCongress).orElse(false));
        }

        int maxRank() {
            return stages.stream().mapToInt(r -> Stage.fromId(r.stage()).map(Stage::rank).orElse(0)).max().orElse(0);
        }

        /** Vetoed, and no override vote has failed and the bill has not become law since. */
        boolean awaitingOverride() {
            int veto = lastIndex(Stage.VETOED);
            return veto >= 0 && lastIndex(Stage.FLOOR_VOTE_FAILED) < veto && !reached(Stage.BECAME_LAW);
        }

        private int lastIndex(Stage s) {
            for (int i = stages.size() - 1; i >= 0; i--) {
                if (stages.get(i).stage().equals(s.id())) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * A stage the story has reached that happens again as news: a chamber passing the bill again
         * after the other chamber did, on its way back to the other chamber ("House backs defense
         * bill, Senate next"); or a procedural vote after a chamber passed the bill since the story's
         * last one (the Senate's cloture vote on the final version after the House passed it), or
         * {@value #NEW_ROUND_DAYS} or more days after it (the Senate's cloture five days after the
         * House's rule vote): the next chamber's or the next round's. The Senate takes one bill's
         * procedural steps on consecutive days (motion to proceed, a tie-break the next day), and
         * those are one fight. Cosponsors accrue: a report of cosponsors in an article that names
         * members the story has not named ("Senators Lisa Murkowski, Mitch McConnell, Jerry Moran and
         * Thom Tillis announced their co-sponsorship", after the sponsors' own list) is news again when
         * those sentences name one of them.
         */
        private boolean repeat(Stage s, Instant at, ArticleInput article, List<String> sentences) {
            if (postCongress()) {
                return false;
            }
            if (s == Stage.COSPONSOR_ADDED) {
                return sentences.stream().anyMatch(x -> namesAny(x, article.newMembers()));
            }
            if (s == Stage.PASSED_HOUSE || s == Stage.PASSED_SENATE) {
                Stage other = s == Stage.PASSED_HOUSE ? Stage.PASSED_SENATE : Stage.PASSED_HOUSE;
                return onwardTo == otherChamberThan(s) && lastIndex(other) > lastIndex(s);
            }
            if (s == Stage.FLOOR_VOTE) {
                int last = lastIndex(s);
                boolean passedSince = last < Math.max(lastIndex(Stage.PASSED_HOUSE), lastIndex(Stage.PASSED_SENATE));
                return passedSince || !stages.get(last).at().plus(Duration.ofDays(NEW_ROUND_DAYS)).isAfter(at);
            }
            return false;
        }

        /** The chamber that did not take the passage {@code s}. */
        private static Stage passage(Chamber c) {
            return c == Chamber.HOUSE ? Stage.PASSED_HOUSE : Stage.PASSED_SENATE;
        }

        private static Chamber otherChamberThan(Stage passage) {
            return passage == Stage.PASSED_HOUSE ? Chamber.SENATE : Chamber.HOUSE;
        }

        /** Records {@code s} (in {@code chamber}, if known) as reached; true when it is new to the story and counts as news. */
        boolean reach(Stage s, Chamber chamber, ArticleInput article, boolean counts, List<String> sentences) {
            // A failed override vote is news even when the story saw a failed cloture vote before the veto.
            boolean override = s == Stage.FLOOR_VOTE_FAILED && awaitingOverride();
            Instant at = article.published();
            boolean otherCommittee = s == Stage.COMMITTEE_ACTION && otherChambersCommittee(chamber);
            if (reached(s) && !override && !otherCommittee && !(counts && repeat(s, at, article, sentences))) {
                if (s == Stage.COMMITTEE_ACTION && chamber != null && committees.isEmpty()
                        && stages.get(index(s)).articleId().equals(article.articleId())) {
                    // "... Advances out of Committee", then "advanced out of the Senate Homeland Security ... Committee":
                    // the article's later sentence names the chamber its headline left out
                    committees.add(chamber);
                }
                return false;
            }
            stages.add(new StageReached(s.id(), at, article.articleId()));
            if (s == Stage.COMMITTEE_ACTION) {
                Chamber c = chamber != null ? chamber : introducedIn; // a bill goes first to its own chamber's committees
                if (c != null && !committees.contains(c)) {
                    committees.add(c);
                }
            }
            return counts;
        }

        /**
         * Whether a committee of {@code chamber} acting is the bill's step in a second chamber: the story
         * has seen committee action, all of it in the other chamber (the Senate Commerce Committee in
         * February, the House Energy and Commerce Committee in September).
         */
        private boolean otherChambersCommittee(Chamber chamber) {
            return chamber != null && !committees.isEmpty() && !committees.contains(chamber);
        }

        /**
         * The story stages a mention stands for, given what the story has reached. Returns nothing
         * for a mention that only restates or backfills the story's past.
         */
        List<Stage> resolve(StageMention m) {
            Stage s = m.stage();
            switch (s) {
                case PASSED_HOUSE, PASSED_SENATE -> {
                    return resolvePassage(m);
                }
                case CLEARED_CONGRESS -> {
                    // A "sent to the President" line with no chamber vote beside it: both chambers passed the
                    // bill, or one did and the story has seen a floor vote since (the other chamber's cloture
                    // vote; feeds miss the passage itself) and the line is reported as news.
                    boolean both = reached(Stage.PASSED_HOUSE) && reached(Stage.PASSED_SENATE);
                    int passed = Math.max(lastIndex(Stage.PASSED_HOUSE), lastIndex(Stage.PASSED_SENATE));
                    boolean votedSince = passed >= 0 && lastIndex(Stage.FLOOR_VOTE) > passed && m.reading() == Reading.REPORTED;
                    // "Congress approves measure": the other chamber's vote, said of Congress, after one chamber passed it.
                    boolean congressPassed = passed >= 0 && m.toPresident() && m.reading() == Reading.REPORTED;
                    return (both || votedSince || congressPassed) && !postCongress() ? List.of(Stage.CLEARED_CONGRESS) : List.of();
                }
                case INTRODUCED, COMPANION_FILED -> {
                    return resolveIntroduction(m);
                }
                case SIGNED, VETOED -> {
                    return reached(Stage.BECAME_LAW) || anotherBillsEnd(m) ? List.of() : List.of(s);
                }
                case BECAME_LAW -> {
                    // A signed bill became law by the signature: "is now law" repeats it.
                    return reached(Stage.SIGNED) || anotherBillsEnd(m) ? List.of() : List.of(s);
                }
                case OFFICIAL_STATEMENT -> {
                    return List.of(s);
                }
                case COSPONSOR_ADDED -> {
                    // Once the bill has reached the floor, a list of its cosponsors is its past.
                    return maxRank() >= Stage.FLOOR_VOTE.rank() ? List.of() : List.of(s);
                }
                case FLOOR_VOTE_FAILED -> {
                    // After a veto the one step left is the override vote; a failed one ends the bill
                    // (the Library of Congress's VETO_OVERRIDE_FAILED events map to this stage too).
                    return awaitingOverride() || !postCongress() ? List.of(s) : List.of();
                }
                case RULES_COMMITTEE -> {
                    // The rule comes before the House vote: once the House has passed the bill, a report of its rule is the
                    // vote's past ("On Monday, the House Rules Committee advanced the bill"), unless the bill comes back
                    // from the Senate for a second House vote, which takes a rule of its own.
                    return postCongress() || reached(Stage.PASSED_HOUSE) && !reached(Stage.PASSED_SENATE) ? List.of() : List.of(s);
                }
                default -> {
                    if (s == Stage.COMMITTEE_ACTION && introducedIn == null && m.chamber() != null && m.reading() == Reading.REPORTED) {
                        introducedIn = m.chamber(); // a bill goes first to a committee of the chamber it was filed in
                    }
                    // Committee, floor and cosponsor steps cannot follow the bill's final passage.
                    return postCongress() ? List.of() : List.of(s);
                }
            }
        }

        /**
         * A signing, veto or enactment told as background in a story whose bill has steps but no
         * passage yet ("sending a revived measure adding more judges to the House floor after Joe Biden
         * vetoed it"): a bill cannot end before it passes, so that end was another bill's (an earlier
         * version's, or the law it amends). Taken as the story's own, it would close the story to
         * every later step.
         */
        private boolean anotherBillsEnd(StageMention m) {
            return m.reading() == Reading.BACKGROUND && !stages.isEmpty()
                    && !reached(Stage.PASSED_HOUSE) && !reached(Stage.PASSED_SENATE) && !reached(Stage.CLEARED_CONGRESS);
        }

        private List<Stage> resolvePassage(StageMention m) {
            Stage own = m.stage();
            Stage other = own == Stage.PASSED_HOUSE ? Stage.PASSED_SENATE : Stage.PASSED_HOUSE;
            if (postCongress()) {
                return List.of();
            }
            if (!reached(own)) {
                boolean final_ = m.toPresident() && m.reading() == Reading.REPORTED;
                return final_ ? List.of(own, Stage.CLEARED_CONGRESS) : List.of(own);
            }
            if (m.reading() != Reading.REPORTED) {
                return List.of(); // "had previously passed the House" restates the first passage
            }
            if (m.toPresident() && stages.get(lastIndex(own)).articleId().equals(articleId)) {
                // "Social Security Fairness Act Senate vote passed", then "passed the U.S. Senate early Saturday
                // and is now headed to the desk of President Biden": this article's passage was the final one.
                return List.of(Stage.CLEARED_CONGRESS);
            }
            if (m.tally() != null && tallies().contains(m.tally())) {
                return List.of(); // the same vote again
            }
            // The chamber votes again after the other chamber passed the bill: it agrees to the other
            // chamber's version (or passes the other chamber's bill), which clears Congress. A new
            // roll call that sends the bill to the President says so by itself, also when the story
            // never heard of the other chamber's vote (feeds miss steps; coverage splits).
            // A re-passage is the news of its article: in the headline or lead, or with its own roll call
            // ("The Senate just passed the Take It Down Act," a quote from months before, is not).
            boolean lead = m.sentenceIndex() <= StageClassifier.LEAD_END || m.tally() != null;
            boolean pingPong = reached(other) && lastIndex(other) > lastIndex(own) && lead;
            if (pingPong && onwardTo == otherChamberThan(own)) {
                return List.of(own); // passed again, back to the other chamber: not yet cleared (see repeat)
            }
            boolean finalVote = m.toPresident() && m.tally() != null;
            return pingPong || finalVote ? List.of(Stage.CLEARED_CONGRESS) : List.of();
        }

        private List<Stage> resolveIntroduction(StageMention m) {
            Chamber c = m.chamber();
            if (c != null && reached(passage(c))) {
                // "Florida GOP Rep. Greg Steube introduced the legislation" under the news of its House passage:
                // a chamber passes a bill after it was filed there, so that filing is the bill's past.
                return List.of();
            }
            if (m.stage() == Stage.COMPANION_FILED) {
                if (c != null && c == introducedIn && m.reading() == Reading.BACKGROUND) {
                    // "Senators Hawley and Sanders introduced companion legislation in the Senate last month", in the
                    // House sponsors' release: the companion of the article's bill is the story's own first bill.
                    return List.of();
                }
                if (introducedIn == null && c != null && !reached(Stage.INTRODUCED)) {
                    introducedIn = c.other();
                }
                return List.of(Stage.COMPANION_FILED);
            }
            boolean lead = m.sentenceIndex() <= 0 || m.sentenceIndex() <= StageClassifier.LEAD_END && !leadReportsAnotherStep;
            if (c != null && m.reading() == Reading.REPORTED && lead && reached(passage(c.other())) && !reached(passage(c))) {
                // Senators introduce "the Fix Our Forests Act" months after the House passed it: their own bill,
                // the companion, and the news of the article whose headline or opening sentence tells it, or its second
                // when the first reports no other step ("U.S. Sen. Tim Sheehy is leading a bipartisan effort in the
                // Senate ... Sheehy ... joined Sen. Ben Ray Luján ... in introducing"). (A "Sens. Cassidy and Heinrich
                // introduced the legislation" after the committee's vote is the bill's past.)
                if (introducedIn == null) {
                    introducedIn = c.other();
                }
                return List.of(Stage.COMPANION_FILED);
            }
            if (reached(Stage.INTRODUCED)) {
                if (introducedIn == null) {
                    introducedIn = c;
                    return List.of();
                }
                return c != null && c != introducedIn ? List.of(Stage.COMPANION_FILED) : List.of();
            }
            if (introducedIn != null && c != null && c != introducedIn && m.reading() == Reading.REPORTED
                    && (m.sentenceIndex() <= 0 || toldAsThisWeeks(m))) {
                // "House Financial Services Committee leaders have introduced the Housing for the 21st Century Act"
                // after the Senate Banking Committee advanced its own: the other chamber's bill. Further down the
                // article it is news when dated this week ("Sen. Bill Hagerty, who introduced the measure in the
                // Senate Wednesday").
                return List.of(Stage.COMPANION_FILED);
            }
            if (introducedIn == null) {
                introducedIn = c;
            }
            // An introduction first heard of after the bill moved on is the story's past, not news.
            return maxRank() >= Stage.COMMITTEE_ACTION.rank() ? List.of() : List.of(Stage.INTRODUCED);
        }

        List<String> tallies() {
            return tallies;
        }

        /** Whether the mention's sentence dates it this week: a weekday, "today", "yesterday", "this week". */
        private static boolean toldAsThisWeeks(StageMention m) {
            return m.sentences().stream().anyMatch(x -> THIS_WEEK.matcher(x).find());
        }
    }
}
