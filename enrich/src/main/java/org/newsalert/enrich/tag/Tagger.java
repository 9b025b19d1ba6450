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
        return new TagResult(List.copyOf(tags), learned, billOrder, mentioned);
    }

    /** The lead of an article: its title and the first sentence of its text (at most {@value #LEAD_CHARS} characters of it). */
    private static final int LEAD_CHARS = 400;

    private static int leadEnd(String title, String text) {
        int start = title.length() + 2;
        int end = Math.min(text.length(), LEAD_CHARS);
        for (int i = 0; i + 1 < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1)) && i > 40) {
                return start + i + 1;
            }
        }
        return start + end;
    }

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
