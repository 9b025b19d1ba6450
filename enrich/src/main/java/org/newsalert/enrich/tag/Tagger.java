package org.newsalert.enrich.tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsalert.events.Tag;

/**
 * Tags an article with the bills, members of Congress, committees, organisations, places and topics
 * it is about. Bills come from citations (the Congress taken from the publication date) and from act
 * names the alias book has learned; the result reports the names this article tied to a number so
 * the caller can store them. Loads its reference data once; immutable and thread-safe afterwards.
 */
public final class Tagger {
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("(?: of)? \\d{4}$");

    private final Roster roster;
    private final MemberMatcher members;
    private final Gazetteer gazetteer;
    private final TopicLexicon topics;

    private Tagger(Roster roster, States states, Gazetteer gazetteer, TopicLexicon topics) {
        this.roster = roster;
        this.members = new MemberMatcher(roster, states);
        this.gazetteer = gazetteer;
        this.topics = topics;
    }

    /** Loads the bundled roster, committee, organisation, place and topic tables. */
    public static Tagger loadDefault() {
        States states = States.get();
        return new Tagger(Roster.loadDefault(), states, Gazetteer.loadDefault(states), TopicLexicon.loadDefault());
    }

    /**
     * Tags one article. {@code aliases} is only read; store {@link TagResult#learned()} (for example
     * with {@link TagResult#learnInto(AliasBook)}) before tagging the next article.
     */
    public TagResult tag(String title, String text, Instant published, AliasBook aliases) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(aliases, "aliases");
        String t = Text.clean(title);
        String b = Text.clean(text);
        String full = t + "\n\n" + b;
        int congress = Congresses.at(published);
        TreeSet<Tag> tags = new TreeSet<>();

        List<Text.Token> tokens = Text.tokens(full);
        List<BillCitations.Citation> citations = BillCitations.find(full, congress, published);
        citations.forEach(c -> tags.add(billTag(c.bill())));
        // Where each bill is first named, by number or by act name.
        TreeMap<Integer, List<String>> named = new TreeMap<>();
        citations.forEach(c -> named.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c.bill().id()));
        List<ActNames.ActName> acts = ActNames.find(full, tokens);
        Map<String, BillRef> tied = ActNames.links(full, acts, citations);
        ActNames.ActName unknownLead = null;
        int leadEnd = leadEnd(t, b);
        List<String> leadActs = new ArrayList<>();
        List<String> namedActs = new ArrayList<>();
        int billLikeEnd = -1;
        Set<String> oldLaws = oldLaws(acts, published);
        for (ActNames.ActName act : acts) {
            List<String> here = named.computeIfAbsent(act.start(), k -> new ArrayList<>());
            int before = here.size();
            billForName(act, tied, aliases, congress).ifPresent(bill -> {
                tags.add(billTag(bill));
                here.add(bill.id());
            });
            companionOf(act, tied, aliases, congress).ifPresent(bill -> {
                tags.add(billTag(bill));
                here.add(bill.id());
            });
            if (here.size() == before && act.start() < leadEnd && (unknownLead == null || act.start() < unknownLead.start())) {
                unknownLead = act;
            }
            // "introduced the SECURE Data Act and the GUARD Financial Data Act": the second name is listed with the first
            boolean listed = billLikeEnd >= 0 && act.start() >= billLikeEnd
                    && NEXT_IN_LIST.matcher(full.substring(billLikeEnd, act.start())).matches();
            boolean asBill = here.size() > before || listed
                    || billLike(full, act, published) && act.identities().stream().noneMatch(oldLaws::contains);
            billLikeEnd = asBill ? act.end() : -1;
            if (asBill && !generic(act)) {
                act.identities().stream().filter(k -> !namedActs.contains(k)).forEach(namedActs::add);
                if (act.start() < leadEnd) {
                    act.identities().stream().filter(k -> !leadActs.contains(k)).forEach(leadActs::add);
                }
            }
        }
        List<String> billOrder = new ArrayList<>();
        named.values().forEach(ids -> ids.stream().filter(id -> !billOrder.contains(id)).forEach(billOrder::add));
        List<String> mentioned = mentionedOnly(unknownLead, leadEnd, named, citations);
        List<LearnedAlias> learned = new ArrayList<>();
        tied.forEach((name, bill) -> {
            if (!aliases.lookup(name).filter(bill.id()::equals).isPresent()) {
                learned.add(new LearnedAlias(name, bill.id()));
            }
        });
        learned.sort(null);

        members.find(full, tokens).forEach(m -> tags.add(new Tag(Tag.Type.MEMBER, m.bioguide(), m.label())));
        tags.addAll(gazetteer.committees(full, tokens));
        tags.addAll(gazetteer.organisations(full, tokens));
        tags.addAll(gazetteer.places(full, tokens));
        tags.addAll(topics.topics(full, tokens, t.length()));
        return new TagResult(List.copyOf(tags), learned, billOrder, mentioned, leadActs, namedActs);
    }

    /**
     * Words around an act name that make it a bill rather than a law in force: what is introduced,
     * passed, voted on, backed or endorsed ("introduced the SPEED Act", "House passage of the Fix Our Forests
     * Act", "leaders endorse WIMWIG Act"), or what "would" do something ("the SPEED Act would cut red tape"). A law in force is
     * amended, invoked or cited ("amend the Clean Air Act", "under the Insurrection Act").
     */
    private static final Pattern BILL_BEFORE = Pattern.compile("(?i)\\b(?:introduc\\w*|reintroduc\\w*|unveil\\w*|reviv\\w*|endors\\w*"
            + "|pass(?:es|ed)?|clear(?:s|ed)|(?:passage|passing|introduction|reintroduction) of|approv\\w*|advanc\\w*|back(?:s|ed|ing)?|support\\w*|(?:co-?)?sponsor\\w*"
            + "|vot\\w* (?:on|for|against)|block\\w*|reject\\w*|veto\\w*|sign(?:s|ed|ing)?|filed|files?|push\\w* for|markup of|hearing on"
            // "plans to vote on several export control-related bills next week, including the Remote Access Security Act"
            + "|(?:bills|measures)\\b[^.;]{0,20}?,?\\s+including"
            // "unveiled the measure, titled the John R. Lewis Voting Rights Advancement Act"
            + "|(?:bill|legislation|measure),?\\s+(?:titled|entitled|dubbed|named))"
            // "The Senate on Tuesday cleared by unanimous consent the DEFIANCE Act"
            + "(?:\\s+by\\s+(?:unanimous\\s+consent|voice\\s+vote))?"
            // "to introduce their respective legislation, the SECURE Data Act and the GUARD Financial Data Act"
            + "(?:\\s+(?:(?:the|his|her|their|a|new|respective)\\s+){0,2}(?:legislation|bills?|measures?),)?"
            // ("reintroducing the bipartisan, bicameral Nancy Gardner Sewell ... Act")
            + "\\s+(?:(?:the|his|her|their|a)\\s+)?(?:(?:bipartisan|bicameral|proposed|so-called)(?:,|\\s+and)?\\s+){0,3}(?:\\d+(?:st|nd|rd|th)\\s+)?[\"\u201c']?$");
    // (a name closed by one or two quote marks: "the \u201cUnlocking our Domestic LNG Potential Act of 2025\u2019\u2019 would grant")
    private static final Pattern BILL_AFTER = Pattern.compile("(?i)^[\"\u201d'\u2019]{0,2}(?:\\s*\\([^)]{1,20}\\))?,?\\s+(?:would|aims|seeks"
            + "|pass(?:es|ed)|advance[sd]|heads|clear(?:s|ed)|is expected|bill|legislation"
            // "The No Adversarial AI Act proposal from Reps. John Moolenaar ... and Raja Krishnamoorthi"
            + "|proposal|measure)\\b");
    /** "introduced Congressional Review Act (CRA) resolutions": the act names what the thing is under, not a bill. */
    private static final Pattern NAME_AS_MODIFIER = Pattern.compile("^[\"\u201d']?(?:\\s*\\([^)]{1,20}\\))?\\s+(?:resolutions?"
            + "|rules?|authority|process|provisions?|waivers?|funds?|funding|programs?|powers?|violations?|claims?|lawsuits?"
            + "|review|requirements?|protections?|sections?|titles?|grants?|dollars|money|credits?|benefits?|deadlines?)\\b");
    /** What joins a bill's name to the next one of a list: "the SECURE Data Act and the GUARD Financial Data Act". */
    private static final Pattern NEXT_IN_LIST = Pattern.compile("(?:\\s*\\([^)]{1,20}\\))?(?:,\\s*|,?\\s+and\\s+|,?\\s+or\\s+)(?:the\\s+)?");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(\\d{4})$");
    /** Names every spending or budget bill shares: two stopgaps of one Congress are two efforts. */
    private static final Set<String> GENERIC_ACT_WORDS = Set.of("appropriation", "appropriations", "authorization",
            "continuing", "rescission", "rescissions", "reconciliation", "supplemental", "extension", "extensions", "budget");

    private static boolean billLike(String text, ActNames.ActName act, Instant published) {
        if (oldLaw(act, published)) {
            return false; // "the Civil Rights Act of 1964"
        }
        String after = text.substring(act.end(), Math.min(text.length(), act.end() + 40));
        int paragraph = after.indexOf("\n\n");
        if (paragraph >= 0) {
            after = after.substring(0, paragraph); // a headline's last word, then the subtitle's first ("... Act" / "Bill would ...")
        }
        if (NAME_AS_MODIFIER.matcher(after).find()) {
            return false;
        }
        // 60 characters: "in reintroducing the bipartisan, bicameral Nancy Gardner Sewell ... Act"
        return BILL_BEFORE.matcher(text.substring(Math.max(0, act.start() - 60), act.start())).find()
                || BILL_AFTER.matcher(after).find();
    }

    /** A name the article dates more than two years before it: a law in force. */
    private static boolean oldLaw(ActNames.ActName act, Instant published) {
        var year = YEAR_IN_NAME.matcher(act.name());
        return year.find() && Integer.parseInt(year.group(1)) < published.atZone(java.time.ZoneOffset.UTC).getYear() - 2;
    }

    /**
     * Identities of the names the article dates as old laws: the same name without its year
     * ("revive the Voting Rights Act" above "the Voting Rights Act of 1965") is that law too.
     */
    private static Set<String> oldLaws(List<ActNames.ActName> acts, Instant published) {
        Set<String> out = new java.util.HashSet<>();
        for (ActNames.ActName act : acts) {
            if (oldLaw(act, published)) {
                out.addAll(act.identities());
            }
        }
        return out;
    }

    private static boolean generic(ActNames.ActName act) {
        for (String word : act.keys().get(0).split(" ")) {
            if (GENERIC_ACT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lead of an article: its title and the first sentence of its text (at most {@value #LEAD_CHARS}
     * characters of it), after a repeat of the title that many pages open with. A full stop after an
     * abbreviation ("Rep.", "D.C.", "Jan.") does not end the sentence.
     */
    private static final int LEAD_CHARS = 400;

    static int leadEnd(String title, String text) {
        int start = title.length() + 2;
        int from = 0;
        if (!title.isEmpty() && text.startsWith(title)) {
            from = title.length();
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        int end = Math.min(text.length(), from + LEAD_CHARS);
        for (int i = from; i + 1 < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1)) && i - from > 40
                    && !(c == '.' && abbreviation(text, i))) {
                return start + i + 1;
            }
        }
        return start + end;
    }

    /** Whether the full stop at {@code dot} ends an abbreviation: a title ("Rep."), an initial, "U.S.", a month. */
    private static boolean abbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        return word.indexOf('.') >= 0 || word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word);
    }

    private static final Set<String> ABBREVIATIONS = Set.of("Rep", "Reps", "Sen", "Sens", "Gov", "Del", "Dr", "Mr", "Mrs",
            "Ms", "Jr", "Sr", "St", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Gen",
            "Lt", "Col", "Sgt", "Calif", "Colo", "Conn", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn", "Tenn", "Wash",
            "Wis", "Ariz", "Ark", "Ky", "La", "Md", "Mo", "Mont", "Nev", "Okla", "Ore", "Pa", "Va", "Vt", "Wyo", "Ala",
            "Ga", "Ind", "Kan", "Neb", "Miss");

    /**
     * Bills this article names only in passing: it leads with an act it ties to no bill ("The Senate
     * passed the DEFIANCE Act ...") and names a known act only further down ("... builds on the Take
     * It Down Act"), by name and never by number. The article is about the act in its lead, so the
     * known bill is a mention: a tag, but no evidence that the article belongs to that bill's story.
     */
    private static List<String> mentionedOnly(ActNames.ActName unknownLead, int leadEnd, TreeMap<Integer, List<String>> named,
            List<BillCitations.Citation> citations) {
        if (unknownLead == null) {
            return List.of();
        }
        Set<String> cited = new TreeSet<>();
        citations.forEach(c -> cited.add(c.bill().id()));
        Set<String> inLead = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        named.forEach((start, ids) -> {
            all.addAll(ids);
            if (start < leadEnd) {
                inLead.addAll(ids);
            }
        });
        List<String> out = new ArrayList<>();
        for (String id : all) {
            if (!cited.contains(id) && !inLead.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** The serving member with this bioguide id, for chamber, party and state. */
    public Optional<Member> member(String bioguide) {
        return roster.member(bioguide);
    }

    /**
     * The alias-book key for an act name: folded, lower-case, without parentheses, punctuation, a
     * leading "the" or a trailing year. "the Halt All Lethal Trafficking (HALT) of Fentanyl Act of 2025"
     * becomes {@code halt all lethal trafficking of fentanyl act}.
     */
    public static String normaliseActName(String name) {
        String n = PARENTHESISED.matcher(Text.fold(Text.clean(name))).replaceAll(" ");
        n = NOT_WORD.matcher(n.replace("'s ", " ").replace("'", "")).replaceAll(" ").strip();
        n = YEAR_SUFFIX.matcher(n).replaceAll("");
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return n.strip();
    }

    private static Optional<BillRef> billForName(ActNames.ActName act, Map<String, BillRef> tied, AliasBook aliases, int congress) {
        for (String key : act.keys()) {
            if (tied.containsKey(key)) {
                return Optional.of(tied.get(key));
            }
            Optional<String> known = aliases.lookup(key);
            if (known.isPresent()) {
                // A name learned in an earlier Congress belongs to a dead bill; reintroductions get new numbers.
                return known.flatMap(BillRef::parseId).filter(bill -> bill.congress() == congress);
            }
        }
        return Optional.empty();
    }

    /**
     * The other chamber's bill already known by the name this article ties to a bill of its own:
     * companion bills share their name ("the House bill, H.R. 2468, mirrors the Senate's Rural
     * Broadband Access Act"), so the article is about both. Only across chambers and within one
     * Congress: a second bill of the same chamber under an old name (another "Rescissions Act", the
     * next stopgap) is a new effort, not the same one.
     */
    private static Optional<BillRef> companionOf(ActNames.ActName act, Map<String, BillRef> tied, AliasBook aliases, int congress) {
        for (String key : act.keys()) {
            BillRef own = tied.get(key);
            if (own == null) {
                continue;
            }
            return aliases.lookup(key).flatMap(BillRef::parseId)
                    .filter(known -> known.congress() == own.congress() && known.congress() == congress)
                    .filter(known -> known.type().chamber() != own.type().chamber());
        }
        return Optional.empty();
    }

    private static Tag billTag(BillRef bill) {
        return new Tag(Tag.Type.BILL, bill.id(), bill.label());
    }
}
