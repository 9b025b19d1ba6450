package org.newsalert.enrich.tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds members of Congress. A surname alone never counts: a mention needs a given name the member
 * goes by, a title (Sen., Rep., Congresswoman ...) or a party-state tag ("(R-Utah)", "R-Ky.", "of
 * Kentucky"). When the roster still offers several people (four serving Lees), the mention is tied to
 * one already resolved elsewhere in the article, or left untagged.
 */
final class MemberMatcher {
    /**
     * Compiled once (String.matches compiles on every call): punctuation between a title and a name,
     * and a comma between a name and its suffix.
     */
    private static final Pattern CLAUSE_MARK = Pattern.compile(".*[,;:()].*");
    private static final Pattern COMMA_GAP = Pattern.compile(",?\\s*");
    private static final Set<String> SENATE_TITLES = Set.of("Sen", "Sens", "Senator", "Senators");
    private static final Set<String> HOUSE_TITLES = Set.of(
            "Rep", "Reps", "Representative", "Representatives", "Congressman", "Congresswoman", "Congressmen",
            "Congresswomen", "Del", "Delegate");
    private static final Set<String> OTHER_TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Speaker", "Leader", "Chairman",
            "Chairwoman", "Chair", "Whip", "Member", "Commissioner", "Lawmaker");
    /** Words that may stand between a title and a name but are not given names. */
    private static final Set<String> STOP = Set.of("Republican", "Republicans", "Democrat", "Democrats", "Democratic",
            "Independent", "GOP", "House", "Senate", "Majority", "Minority", "Ranking", "Committee", "Chief", "Former",
            "President", "Vice", "The", "U.S", "US");
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV");

    private final Roster roster;
    private final States states;
    private final Pattern partyStateAfter;
    private final Pattern ofStateAfter;
    private final Pattern proseAfter;
    private final Pattern proseBefore;

    MemberMatcher(Roster roster, States states) {
        this.roster = roster;
        this.states = states;
        String any = states.anyFormRegex();
        String names = states.nameRegex();
        this.partyStateAfter = Pattern.compile(
                "^\\s*[,(\\[]\\s*(?<party>R|D|I)\\s*[-–]\\s*(?<state>" + any + ")(?:\\s*[-–]\\s*(?:\\d{1,2}|AL))?(?![\\p{L}])");
        this.ofStateAfter = Pattern.compile("^\\s+of\\s+(?<state>" + names + ")(?![\\p{L}])");
        this.proseAfter = Pattern.compile("^\\s*,\\s*(?:(?:an?|the)\\s+)?(?:(?<state>" + names + ")\\s+)?(?<party>Republican|Democrat|Democratic|independent)"
                + "(?:\\s+(?:from|of)\\s+(?<state2>" + names + "))?(?![\\p{L}])");
        this.proseBefore = Pattern.compile("(?:(?<state>" + names + ")\\s+)?(?:(?<party>Republican|Democratic|Democrat|GOP)\\s+)?$");
    }

    /** The members mentioned in {@code text}, in order of first resolution. */
    List<Member> find(String text, List<Text.Token> tokens) {
        Set<Member> resolved = new LinkedHashSet<>();
        List<List<Member>> ambiguous = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Mention mention = mentionAt(text, tokens, i);
            if (mention == null) {
                continue;
            }
            if (mention.candidates().size() == 1) {
                resolved.add(mention.candidates().get(0));
            } else if (mention.candidates().size() > 1) {
                ambiguous.add(mention.candidates());
            }
            i = mention.lastToken();
        }
        for (List<Member> candidates : ambiguous) {
            List<Member> known = candidates.stream().filter(resolved::contains).toList();
            if (known.size() == 1) {
                resolved.add(known.get(0));
            }
        }
        return List.copyOf(resolved);
    }

    private record Mention(List<Member> candidates, int lastToken) {}

    private Mention mentionAt(String text, List<Text.Token> tokens, int i) {
        Text.Token head = tokens.get(i);
        if (!head.capitalised()) {
            return null;
        }
        for (int len = Math.min(roster.longestSurname(), tokens.size() - i); len >= 1; len--) {
            if (!spaced(text, tokens, i, i + len - 1)) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = i; k < i + len; k++) {
                key.append(k > i ? " " : "").append(tokens.get(k).norm());
            }
            List<Member> withSurname = roster.withSurname(key.toString());
            if (!withSurname.isEmpty()) {
                Mention m = resolve(text, tokens, i, i + len - 1, withSurname);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    private Mention resolve(String text, List<Text.Token> tokens, int first, int last, List<Member> withSurname) {
        // Given names: up to three capitalised words right before the surname ("Anna Paulina", "Charles E.").
        List<Text.Token> given = new ArrayList<>();
        int g = first - 1;
        while (g >= 0 && given.size() < 3) {
            Text.Token t = tokens.get(g);
            String gap = text.substring(t.end(), tokens.get(g + 1).start());
            boolean initial = t.raw().length() == 1 && gap.strip().equals(".");
            if (!t.capitalised() || !(gap.isBlank() || initial) || gap.isEmpty() || isTitle(t) || STOP.contains(t.raw())) {
                break;
            }
            given.add(0, t);
            g--;
        }
        List<Member> candidates = new ArrayList<>(withSurname);
        boolean givenMatched = false;
        int nameStart = first;
        if (!given.isEmpty()) {
            List<Member> byGiven = List.of();
            for (int from = 0; from < given.size() && byGiven.isEmpty(); from++) {
                String key = String.join(" ", given.subList(from, given.size()).stream().map(Text.Token::norm).toList());
                byGiven = candidates.stream().filter(m -> roster.goesBy(m, key)).toList();
                if (!byGiven.isEmpty()) {
                    nameStart = first - (given.size() - from);
                }
            }
            if (byGiven.isEmpty()) {
                Text.Token before = given.get(given.size() - 1);
                if (states.lookup(before.raw()).isEmpty()) {
                    return null; // "Rep. Barbara Lee", "Lee Zeldin": someone else with a member's surname
                }
            } else {
                candidates = new ArrayList<>(byGiven);
                givenMatched = true;
            }
        }
        if (!givenMatched && last + 1 < tokens.size()) {
            Text.Token next = tokens.get(last + 1);
            if (next.capitalised() && text.substring(tokens.get(last).end(), next.start()).isBlank()
                    && !SUFFIXES.contains(next.raw())) {
                return null; // "Lee Zeldin", a title-case headline: not a surname here
            }
        }

        // Title right before the name.
        Chamber chamber = null;
        boolean titled = false;
        int titleAt = nameStart - 1;
        while (titleAt >= 0 && STOP.contains(tokens.get(titleAt).raw()) && nameStart - titleAt < 3) {
            titleAt--;
        }
        if (titleAt >= 0 && isTitle(tokens.get(titleAt))) {
            String gap = text.substring(tokens.get(titleAt).end(), tokens.get(nameStart).start()).strip();
            if (gap.isEmpty() || gap.equals(".") || !CLAUSE_MARK.matcher(gap).matches()) {
                titled = true;
                String raw = tokens.get(titleAt).raw();
                chamber = SENATE_TITLES.contains(raw) ? Chamber.SENATE : HOUSE_TITLES.contains(raw) ? Chamber.HOUSE : null;
            }
        }
        int proseEnd = titled ? tokens.get(titleAt).start() : tokens.get(nameStart).start();

        // Party and state, after the name ("(R-Ky.)", ", R-Utah,", " of Kentucky", ", a Republican from Florida")
        // or before it ("Utah Republican Sen. Mike Lee").
        int afterEnd = tokens.get(last).end();
        int lastToken = last;
        while (lastToken + 1 < tokens.size() && SUFFIXES.contains(tokens.get(lastToken + 1).raw())
                && COMMA_GAP.matcher(text.substring(tokens.get(lastToken).end(), tokens.get(lastToken + 1).start())).matches()) {
            lastToken++;
            afterEnd = tokens.get(lastToken).end();
        }
        String after = text.substring(afterEnd, Math.min(text.length(), afterEnd + 60));
        String party = null;
        String state = null;
        Matcher m = partyStateAfter.matcher(after);
        if (m.find()) {
            party = m.group("party");
            state = stateCode(m.group("state"));
        } else if ((m = ofStateAfter.matcher(after)).find()) {
            state = stateCode(m.group("state"));
        } else if ((m = proseAfter.matcher(after)).find()) {
            party = partyLetter(m.group("party"));
            state = stateCode(m.group("state") != null ? m.group("state") : m.group("state2"));
        }
        Matcher b = proseBefore.matcher(text.substring(Math.max(0, proseEnd - 40), proseEnd));
        if (b.find()) {
            if (state == null && b.group("state") != null) {
                state = stateCode(b.group("state"));
            }
            if (party == null && b.group("party") != null) {
                party = partyLetter(b.group("party"));
            }
        }

        if (!givenMatched && !titled && party == null && state == null) {
            return null; // a bare surname: only meaningful once someone is resolved, which adds no tag
        }
        final Chamber ch = chamber;
        final String p = party;
        final String s = state;
        candidates = candidates.stream()
                .filter(c -> ch == null || c.chamber() == ch)
                .filter(c -> p == null || c.fitsParty(p))
                .filter(c -> s == null || c.state().equals(s))
                .toList();
        return new Mention(candidates, lastToken);
    }

    private String stateCode(String form) {
        return form == null ? null : states.lookup(form).map(States.State::usps).orElse(null);
    }

    private static String partyLetter(String word) {
        return switch (word) {
            case "Republican", "GOP" -> "R";
            case "Democrat", "Democratic" -> "D";
            default -> "I";
        };
    }

    private static boolean isTitle(Text.Token t) {
        String r = t.raw();
        return SENATE_TITLES.contains(r) || HOUSE_TITLES.contains(r) || OTHER_TITLES.contains(r);
    }

    private static boolean spaced(String text, List<Text.Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!text.substring(tokens.get(k).end(), tokens.get(k + 1).start()).equals(" ")) {
                return false;
            }
        }
        return true;
    }
}
