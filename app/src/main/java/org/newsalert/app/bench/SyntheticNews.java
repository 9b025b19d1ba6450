package org.newsalert.app.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.newsalert.enrich.story.ArticleInput;
import org.newsalert.events.ArticleFetched;
import org.newsalert.ingest.article.SimHash;

/**
 * Deterministic look-alike congressional news for the benchmarks: many stories, each a bill
 * ("H.R. 1234") sponsored by a real member from a small list, with an invented project and place
 * that make stories distinguishable; several articles per story from different outlets, advancing
 * through the legislative stages, interleaved with other stories, published times increasing. The
 * text is realistic enough for the tagger (bills, members, states, topics) and the clusterer
 * (shared vocabulary, distinctive names and numbers) to do their real work.
 */
public final class SyntheticNews {
    /** One generated article with the facts it was written from. */
    public record Article(String id, String url, String source, Instant published, String title, String text,
            String billId, String memberId, String stateCode, int story) {

        public ArticleFetched fetched(Instant fetchedAt) {
            return new ArticleFetched(id, url, source, "bench:synthetic", null, title, null, published, fetchedAt, text,
                    "en", SimHash.hex(title + "\n" + text), ArticleFetched.TextOrigin.ARCHIVE);
        }

        /** The article as the clusterer sees it after tagging, with ids in the tagger's formats. */
        public ArticleInput clusterInput() {
            Set<String> entities = new TreeSet<>(List.of("member:" + memberId, "place:" + stateCode));
            return new ArticleInput(id, published, title, text, entities, Set.of(billId));
        }
    }

    private record Member(String bioguide, String chamber, String title, String name, String party, String state,
            String stateName) {
        String billPrefix() {
            return chamber.equals("house") ? "H.R." : "S.";
        }

        String billType() {
            return chamber.equals("house") ? "hr" : "s";
        }

        String styled() {
            return title + " " + name + " (" + party + "-" + state + ")";
        }
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("M001184", "house", "Rep.", "Thomas Massie", "R", "KY", "Kentucky"),
            new Member("J000294", "house", "Rep.", "Hakeem Jeffries", "D", "NY", "New York"),
            new Member("J000289", "house", "Rep.", "Jim Jordan", "R", "OH", "Ohio"),
            new Member("K000389", "house", "Rep.", "Ro Khanna", "D", "CA", "California"),
            new Member("P000197", "house", "Rep.", "Nancy Pelosi", "D", "CA", "California"),
            new Member("S001176", "house", "Rep.", "Steve Scalise", "R", "LA", "Louisiana"),
            new Member("O000172", "house", "Rep.", "Alexandria Ocasio-Cortez", "D", "NY", "New York"),
            new Member("A000055", "house", "Rep.", "Robert Aderholt", "R", "AL", "Alabama"),
            new Member("A000148", "house", "Rep.", "Jake Auchincloss", "D", "MA", "Massachusetts"),
            new Member("C001098", "senate", "Sen.", "Ted Cruz", "R", "TX", "Texas"),
            new Member("S000148", "senate", "Sen.", "Chuck Schumer", "D", "NY", "New York"),
            new Member("T000250", "senate", "Sen.", "John Thune", "R", "SD", "South Dakota"),
            new Member("W000817", "senate", "Sen.", "Elizabeth Warren", "D", "MA", "Massachusetts"));

    private static final String[] SOURCES = {"Capitol Wire", "Associated Bulletin", "The Hill Desk", "Valley Herald",
        "Metro Ledger", "Coastal Tribune", "Plains Courier", "River City Post", "Daily Statehouse", "Public Radio Newsroom"};

    private static final String[][] TOPICS = {
        {"defense", "military readiness", "the Pentagon", "troops and weapons programs"},
        {"health care", "Medicaid coverage", "hospitals", "patients and drug prices"},
        {"border security", "asylum processing", "immigration courts", "migrants and visa backlogs"},
        {"energy", "the power grid", "natural gas pipelines", "electricity prices"},
        {"tariffs", "the budget deficit", "the Federal Reserve", "jobs and inflation"},
        {"climate", "clean water", "public lands", "emissions and wildlife"},
        {"artificial intelligence", "data privacy", "broadband", "semiconductor supply chains"},
        {"law enforcement", "the Justice Department", "federal courts", "cartels and trafficking"}};

    /** Stage headlines and sentences, in legislative order; the first introduces the bill. */
    private static final String[][] STAGES = {
        {"introduces", "%s introduced %s, the %s Act, on %s, saying it would direct new money to %s."},
        {"bill advances in committee", "The committee approved %s by voice vote after a markup on %s, sending the %s Act toward the floor; %s."},
        {"passes House", "The House passed %s on %s by a vote of %d to %d, clearing the %s Act for the Senate; %s."},
        {"passes Senate", "The Senate passed %s on %s, 61 to %d, after a cloture vote on the %s Act; %s."},
        {"signed into law", "The president signed %s into law on %s; the %s Act takes effect in %d days, %s."}};

    private static final String[] FILLER = {
        "Supporters said the measure on %s had been years in the making, while critics called it rushed.",
        "The Congressional Budget Office estimated the plan would cost $%d.%d billion over ten years.",
        "Local officials in %s said the %s project would employ about %d workers.",
        "\"This is about %s, plain and simple,\" %s told reporters outside the Capitol.",
        "Lobbyists for %s spent heavily on the issue in the last quarter, filings show.",
        "The bill's text runs %d pages and includes provisions on %s.",
        "Aides said negotiations with the White House over %s continued late into the night.",
        "A spokesperson for %s said the office was reviewing the final language.",
        "Residents of %s, %s, have waited since %d for the %s work to begin.",
        "Analysts noted that similar proposals on %s stalled in previous sessions of Congress."};

    private static final String SYLLABLES = "bakedifogahujiklamenopurasetivoxyzwe";

    private final SplittableRandom random;
    private final String idPrefix;
    private final int minArticles;
    private final int maxArticles;
    private final List<Story> active = new ArrayList<>();
    private final int activeStories;
    private Instant clock;
    private int nextStory;
    private long nextArticle;

    /** A story in progress: its fixed facts and how far it has got. */
    private final class Story {
        final int index;
        final Member sponsor;
        final int billNumber;
        final String billId;
        final String project;
        final String town;
        final String[] topic;
        final int articles;
        final int amount;
        int written;

        Story(int index) {
            this.index = index;
            this.sponsor = MEMBERS.get(random.nextInt(MEMBERS.size()));
            // A bijection on 0..9799 (7919 is prime and does not divide 9800), so bill numbers repeat only
            // every 9,800 stories; each repetition goes back one Congress so that bill ids stay distinct.
            this.billNumber = 100 + (int) ((index * 7919L) % 9800);
            this.billId = sponsor.billType() + billNumber + "-" + (119 - index / 9800);
            this.project = name(random.nextInt(1 << 20), true) + " " + pick("Creek", "Valley", "Harbor", "Ridge", "Junction");
            this.town = name(random.nextInt(1 << 20), true);
            this.topic = TOPICS[random.nextInt(TOPICS.length)];
            this.articles = minArticles + random.nextInt(maxArticles - minArticles + 1);
            this.amount = 2 + random.nextInt(90);
        }
    }

    /**
     * @param seed the same seed gives the same articles
     * @param idPrefix keeps ids of different runs and phases apart
     * @param minArticles fewest articles a story gets
     * @param maxArticles most articles a story gets
     * @param activeStories stories in progress at once (how much stories interleave)
     */
    public SyntheticNews(long seed, String idPrefix, int minArticles, int maxArticles, int activeStories) {
        if (minArticles < 1 || maxArticles < minArticles || activeStories < 1) {
            throw new IllegalArgumentException("need 1 <= minArticles <= maxArticles and activeStories >= 1");
        }
        this.random = new SplittableRandom(seed);
        this.idPrefix = idPrefix;
        this.minArticles = minArticles;
        this.maxArticles = maxArticles;
        this.activeStories = activeStories;
        // Early enough, and steps small enough, that a million articles stay in the past: brokers reject
        // record timestamps more than an hour ahead, and a replay transaction with one such record aborts.
        this.clock = Instant.parse("2024-01-08T14:00:00Z");
    }

    /** Three to six articles a story, fifty stories in flight: the enrich and replay mix. */
    public static SyntheticNews standard(long seed, String idPrefix) {
        return new SyntheticNews(seed, idPrefix, 3, 6, 50);
    }

    public Article next() {
        while (active.size() < activeStories) {
            active.add(new Story(nextStory++));
        }
        int slot = random.nextInt(active.size());
        Story s = active.get(slot);
        Article a = write(s);
        if (++s.written >= s.articles) {
            active.set(slot, active.get(active.size() - 1));
            active.remove(active.size() - 1);
        }
        return a;
    }

    /** Stories begun so far. */
    public int storiesStarted() {
        return nextStory;
    }

    private Article write(Story s) {
        clock = clock.plus(Duration.ofSeconds(5 + random.nextInt(30)));
        long n = nextArticle++;
        String id = String.format(Locale.ROOT, "%s%010x", idPrefix, n);
        String source = SOURCES[random.nextInt(SOURCES.length)];
        int stage = Math.min(s.written, STAGES.length - 1);
        // Some later articles are coverage that only repeats the introduction.
        if (s.written > 0 && random.nextInt(4) == 0) {
            stage = 0;
        }
        String bill = s.sponsor.billPrefix() + " " + s.billNumber;
        String act = s.project;
        String day = pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
        String title = switch (stage) {
            case 0 -> s.sponsor.title() + " " + lastName(s.sponsor) + " " + STAGES[0][0] + " " + act + " Act, " + bill;
            default -> act + " Act (" + bill + ") " + STAGES[stage][0];
        };
        StringBuilder text = new StringBuilder(1600);
        String lead = switch (stage) {
            case 0 -> String.format(Locale.ROOT, STAGES[0][1], s.sponsor.styled(), bill, act, day, s.topic[1] + " in " + s.town);
            case 1 -> String.format(Locale.ROOT, STAGES[1][1], bill, day, act, "the sponsor, " + s.sponsor.styled() + ", praised the vote");
            case 2 -> String.format(Locale.ROOT, STAGES[2][1], bill, day, 218 + random.nextInt(80), 120 + random.nextInt(90), act,
                    s.sponsor.styled() + " called it a win for " + s.sponsor.stateName());
            case 3 -> String.format(Locale.ROOT, STAGES[3][1], bill, day, 30 + random.nextInt(9), act, "the vote followed weeks of talks on " + s.topic[0]);
            default -> String.format(Locale.ROOT, STAGES[4][1], bill, day, act, 30 + 30 * random.nextInt(6), "officials in " + s.sponsor.stateName() + " said");
        };
        text.append(lead).append('\n');
        int sentences = 7 + random.nextInt(7);
        for (int i = 0; i < sentences; i++) {
            text.append(filler(s, random.nextInt(FILLER.length))).append(i % 3 == 2 ? "\n" : " ");
        }
        String slug = act.toLowerCase(Locale.ROOT).replace(' ', '-');
        String url = "https://" + source.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/politics/" + slug + "-" + id;
        return new Article(id, url, source, clock, title, text.toString().trim(), s.billId, s.sponsor.bioguide(),
                s.sponsor.state(), s.index);
    }

    private String filler(Story s, int which) {
        String f = FILLER[which];
        return switch (which) {
            case 0, 9 -> String.format(Locale.ROOT, f, s.topic[random.nextInt(4)]);
            case 1 -> String.format(Locale.ROOT, f, s.amount, random.nextInt(10));
            case 2 -> String.format(Locale.ROOT, f, s.town, s.project, 100 * (1 + random.nextInt(40)));
            case 3 -> String.format(Locale.ROOT, f, s.topic[random.nextInt(4)], lastName(s.sponsor));
            case 4 -> String.format(Locale.ROOT, f, s.topic[2]);
            case 5 -> String.format(Locale.ROOT, f, 20 + random.nextInt(900), s.topic[3]);
            case 6 -> String.format(Locale.ROOT, f, s.topic[1]);
            case 7 -> String.format(Locale.ROOT, f, s.sponsor.styled());
            default -> String.format(Locale.ROOT, f, s.town, s.sponsor.stateName(), 1990 + random.nextInt(35), s.project);
        };
    }

    private static String lastName(Member m) {
        return m.name().substring(m.name().lastIndexOf(' ') + 1);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String name(int i, boolean capital) {
        StringBuilder sb = new StringBuilder();
        int x = i;
        do {
            int s = x % 18;
            sb.append(SYLLABLES, s * 2, s * 2 + 2);
            x /= 18;
        } while (x > 0);
        if (capital) {
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        }
        return sb.toString();
    }
}
