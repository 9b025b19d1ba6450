package org.newsalert.enrich.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds named acts ("the HALT Fentanyl Act", "Not A Trusted Organization Act") and the places where
 * an article ties one to a bill number: apposition ("H.R. 27, the HALT Fentanyl Act"; "the NATO Act
 * (H.R. 6508)"), naming ("H.R. 6508, dubbed the NATO Act"), a second name for the same act ("the Halt
 * All Lethal Trafficking of Fentanyl Act or the HALT Fentanyl Act"), and "the bill, the NATO Act" in
 * an article that cites exactly one bill, as is "the bill, S. 1234" in one that also names exactly one act.
 */
final class ActNames {
    /**
     * An act name as written; {@code keys} are the normalised names to look up, longest first, and
     * {@code identities} the ones that name this act and no other: the whole name, and any shorter
     * name that starts at an acronym ("Standardizing Permitting and Expediting Economic Development
     * (SPEED) Act" is also the {@code speed act}), but not a generic tail such as {@code sports act}.
     */
    record ActName(String name, int start, int end, List<String> keys, List<String> identities) {}

    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "to", "a", "an", "on", "in", "by",
            "from", "with", "at", "against", "our", "its", "not", "no");
    private static final int MAX_WORDS = 14;
    /** A gap of a parenthesis or a hyphen inside a name, compiled once: it is tested for every word before every "Act". */
    private static final Pattern PAREN_OR_HYPHEN_GAP = Pattern.compile(" ?\\( ?| ?\\) ?|-");
    /**
     * Capitalised verbs of title-case headlines ("House Passes Fix Our Forests Act", "Senate
     * Introduction of ..."): where the act's name begins after them, not part of it.
     */
    private static final Set<String> HEADLINE_VERBS = Set.of("Passes", "Passed", "Passage", "Passing", "Approves", "Approved",
            "Advances", "Advanced", "Signs", "Signed", "Introduces", "Introduced", "Introduction", "Reintroduces", "Reintroduced",
            "Reintroduction", "Unveils", "Unveiled", "Clears", "Cleared", "Backs", "Backed", "Blocks", "Blocked", "Rejects", "Rejected",
            "Vetoes", "Vetoed", "Files", "Filed", "Revives", "Revived", "Endorses", "Endorsed", "Endorse");
    /**
     * Possessives that are words of bill names ("Protect America's Workforce Act", "Women's Health
     * Protection Act"); any other possessive before a name is its owner ("Massie's NATO Act").
     */
    private static final Set<String> NAME_POSSESSIVES = Set.of("America's", "Americans'", "Nation's", "Women's", "Children's",
            "Kids'", "Veterans'", "Workers'", "Farmers'", "Seniors'", "People's", "Consumers'", "Taxpayers'", "Patients'");
    /**
     * Words a headline puts before a name that are not part of it ("Bipartisan Remote Access Security
     * Act passes U.S. House"): the name after them is an identity too. Not stripped, because some names
     * do begin with them (the Bipartisan Safer Communities Act).
     */
    /** Nouns a title-case headline puts before "to" and what the bill would do: never words of a name. */
    private static final Set<String> BILL_WORDS = Set.of("Bill", "Bills", "Legislation", "Measure", "Measures", "Resolution");
    private static final Set<String> DESCRIPTORS = Set.of("Bipartisan", "Bicameral", "Landmark", "Proposed");
    /**
     * "the Subcommittee-cleared", "the House-passed", "GOP-led": a compound adjective ending in a
     * participle before a name, not a word of it (a compound noun such as "Age-verification" in the
     * Guidelines for User Age-verification and Responsible Dialogue Act is one).
     */
    private static final Pattern COMPOUND_ADJECTIVE = Pattern.compile(".*-\\p{Ll}+(?:ed|en)");
    // ("HR 1144, his newly-authored Frederick Douglass ... Act of 2025": the sponsor's own words)
    private static final Pattern NAME_AFTER_CITATION = Pattern.compile(
            "^\\s*(?:[,(:]|--|—|-)\\s*(?:(?:also\\s+|otherwise\\s+)?(?:known as|dubbed|called|named|titled|entitled)\\s+)?"
            + "(?:the\\s+|(?:his|her|their|my|our)\\s+(?:(?:newly-authored|new|bipartisan|bicameral)\\s+)?)?\"?");
    private static final Pattern CITATION_AFTER_NAME = Pattern.compile("^\"?\\s*(?:[,(:]|--|—|-)\\s*(?:or\\s+)?");
    private static final Pattern SECOND_NAME = Pattern.compile(
            "^\"?\\s*(?:,\\s*)?(?:\\(|(?:or|also known as|known as|dubbed)\\s+)\\s*(?:the\\s+)?\"?");
    private static final Pattern BILL_APPOSITION = Pattern.compile(
            "(?i:bill|legislation|measure|proposal)\\s*,\\s*(?:(?:known as|dubbed|called|named|titled)\\s+)?(?:the\\s+)?\"?$");
    /** "The bill, S. 1234," or "the legislation (H.R. 27)": a citation in apposition to the article's bill. */
    private static final Pattern CITATION_OF_THE_BILL = Pattern.compile(
            "(?i:\\bthe\\s+(?:(?:house|senate)\\s+)?(?:bill|legislation|measure))\\s*[,(]\\s*$");
    private static final Pattern YEAR_AFTER = Pattern.compile("^(?:\\s+of\\s+\\d{4}|,\\s+\\d{4})");

    private ActNames() {}

    static List<ActName> find(String text, List<Text.Token> tokens) {
        List<ActName> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Text.Token act = tokens.get(i);
            if (!act.raw().equals("Act") && !act.raw().equals("Act's")) {
                continue;
            }
            int first = i;
            int actBefore = -1; // the token index of another name's "Act" right before this one, in parentheses
            boolean series = false; // crossed the ", and" of a series of capitalised parts
            while (first > 0 && i - first < MAX_WORDS) {
                Text.Token t = tokens.get(first - 1);
                String gap = text.substring(t.end(), tokens.get(first).start());
                boolean word = t.capitalised() || CONNECTORS.contains(t.raw()) || Character.isDigit(t.raw().charAt(0));
                // "the Sport Fish Restoration, Recreational Boating Safety, and Wildlife Restoration Act": a name that is a
                // series, its parts capitalised and its last one after ", and"
                boolean serial = gap.equals(", ") && t.capitalised() && t.raw().indexOf('-') < 0
                        && (series || tokens.get(first).raw().equals("and") && first + 1 < i && tokens.get(first + 1).capitalised());
                series |= serial;
                boolean joined = gap.equals(" ") || PAREN_OR_HYPHEN_GAP.matcher(gap).matches() || serial;
                if (!word || !joined || (t.raw().endsWith("'s") || t.raw().endsWith("'")) && !NAME_POSSESSIVES.contains(t.raw())
                        || HEADLINE_VERBS.contains(t.raw()) || COMPOUND_ADJECTIVE.matcher(t.raw()).matches()
                        // "The GUARD Act (Guidelines for User Age-verification and Responsible Dialogue Act)": another name ends there
                        || t.raw().equals("Act")
                        // "House Republicans Advance Bill to Gut Endangered Species Act": a title-case headline's "Bill to"
                        || t.raw().equals("to") && first >= 2 && BILL_WORDS.contains(tokens.get(first - 2).raw())) {
                    if (t.raw().equals("Act") && gap.contains("(")) {
                        actBefore = first - 1;
                    }
                    break;
                }
                first--;
            }
            while (first < i && !tokens.get(first).capitalised()) {
                first++; // "the", "of" never start a name
            }
            if (first == i) {
                continue;
            }
            int start = tokens.get(first).start();
            int end = act.start() + 3;
            var year = YEAR_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 10)));
            if (year.find()) {
                end += year.end();
            }
            List<String> keys = new ArrayList<>();
            List<String> identities = new ArrayList<>();
            for (int k = first; k < i; k++) {
                String key = Tagger.normaliseActName(text.substring(tokens.get(k).start(), act.start() + 3));
                if (key.split(" ").length < 2) {
                    continue;
                }
                if (!keys.contains(key)) {
                    keys.add(key);
                }
                boolean afterDescriptor = k == first + 1 && DESCRIPTORS.contains(tokens.get(first).raw());
                if ((identities.isEmpty() || acronym(tokens.get(k).raw()) || afterDescriptor) && !identities.contains(key)) {
                    identities.add(key);
                }
            }
            if (!keys.isEmpty()) {
                ActName name = new ActName(text.substring(start, end), start, end, List.copyOf(keys), List.copyOf(identities));
                ActName previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (actBefore >= 0 && previous != null && previous.end() >= tokens.get(actBefore).end()) {
                    // "the Disrupt Explicit Forged Images and Non-Consensual Edits Act (DEFIANCE Act)": one act, two
                    // names, each an identity of the other
                    out.set(out.size() - 1, withNamesOf(previous, name));
                    name = withNamesOf(name, previous);
                }
                out.add(name);
            }
        }
        return out;
    }

    /** {@code a} with {@code b}'s keys and identities after its own. */
    private static ActName withNamesOf(ActName a, ActName b) {
        List<String> keys = new ArrayList<>(a.keys());
        b.keys().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        List<String> identities = new ArrayList<>(a.identities());
        b.identities().stream().filter(k -> !identities.contains(k)).forEach(identities::add);
        return new ActName(a.name(), a.start(), a.end(), List.copyOf(keys), List.copyOf(identities));
    }

    /** "SPEED", "HALT", "S.A.V.E.": two or more capitals, with no lower-case letter. */
    private static boolean acronym(String word) {
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /** The act names this article ties to a bill, in text order; the first tie of a name wins. */
    static Map<String, BillRef> links(String text, List<ActName> names, List<BillCitations.Citation> citations) {
        Map<String, BillRef> links = new LinkedHashMap<>();
        for (BillCitations.Citation c : citations) {
            var m = NAME_AFTER_CITATION.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 40)));
            if (m.find() && m.end() > 0) {
                int at = c.end() + m.end();
                names.stream().filter(n -> n.start() == at).findFirst().ifPresent(n -> links.putIfAbsent(n.keys().get(0), c.bill()));
            }
        }
        for (ActName n : names) {
            var m = CITATION_AFTER_NAME.matcher(text.substring(n.end(), Math.min(text.length(), n.end() + 10)));
            if (m.find()) {
                int at = n.end() + m.end();
                citations.stream().filter(c -> c.start() == at).findFirst().ifPresent(c -> links.putIfAbsent(n.keys().get(0), c.bill()));
            }
        }
        List<BillRef> distinct = citations.stream().map(BillCitations.Citation::bill).distinct().toList();
        if (distinct.size() == 1) {
            for (ActName n : names) {
                if (BILL_APPOSITION.matcher(text.substring(Math.max(0, n.start() - 40), n.start())).find()) {
                    links.putIfAbsent(n.keys().get(0), distinct.get(0));
                }
            }
            // "introduced the Rural Broadband Act ... The bill, S. 1234, ...": one act named, one bill
            // cited, and the citation given as "the bill"'s number.
            List<String> named = names.stream().map(n -> n.keys().get(0)).distinct().toList();
            if (named.size() == 1) {
                for (BillCitations.Citation c : citations) {
                    if (CITATION_OF_THE_BILL.matcher(text.substring(Math.max(0, c.start() - 30), c.start())).find()) {
                        links.putIfAbsent(named.get(0), c.bill());
                    }
                }
            }
        }
        // A second name for a tied act is tied too; repeat so chains of names settle.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 1 < names.size(); i++) {
                ActName a = names.get(i);
                ActName b = names.get(i + 1);
                var m = SECOND_NAME.matcher(text.substring(a.end(), Math.min(text.length(), a.end() + 25)));
                if (!m.find() || a.end() + m.end() != b.start()) {
                    continue;
                }
                String ka = a.keys().get(0);
                String kb = b.keys().get(0);
                if (links.containsKey(ka) && !links.containsKey(kb)) {
                    links.put(kb, links.get(ka));
                    changed = true;
                } else if (links.containsKey(kb) && !links.containsKey(ka)) {
                    links.put(ka, links.get(kb));
                    changed = true;
                }
            }
        }
        return links;
    }
}
