package org.newsalert.enrich.tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        List<BillCitations.Citation> citations = BillCitations.find(full, congress);
        citations.forEach(c -> tags.add(billTag(c.bill())));
        // Where each bill is first named, by number or by act name.
        TreeMap<Integer, List<String>> named = new TreeMap<>();
        citations.forEach(c -> named.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c.bill().id()));
        List<ActNames.ActName> acts = ActNames.find(full, tokens);
        Map<String, BillRef> tied = ActNames.links(full, acts, citations);
        for (ActNames.ActName act : acts) {
            List<String> here = named.computeIfAbsent(act.start(), k -> new ArrayList<>());
            billForName(act, tied, aliases, congress).ifPresent(bill -> {
                tags.add(billTag(bill));
                here.add(bill.id());
            });
            companionOf(act, tied, aliases, congress).ifPresent(bill -> {
                tags.add(billTag(bill));
                here.add(bill.id());
            });
        }
        List<String> billOrder = new ArrayList<>();
        named.values().forEach(ids -> ids.stream().filter(id -> !billOrder.contains(id)).forEach(billOrder::add));
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
        return new TagResult(List.copyOf(tags), learned, billOrder);
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
