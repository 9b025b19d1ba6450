package org.newsalert.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsalert.events.Tag;

/**
 * Committees, organisations and places found by name. Committee names come from the roster's
 * committee list (official name plus the "Senate Foreign Relations Committee" forms news uses);
 * organisations from a curated table; places from the US states table and the JDK's ISO country
 * list in English, plus common variants.
 */
final class Gazetteer {
    private static final Pattern COMMITTEE_NAME = Pattern.compile(
            "^(?<chamber>House|Senate)(?: (?<kind>Permanent Select|Select|Special))? Committee on (?:the )?(?<topic>.+)$");
    /** A place name right before one of these is part of another name: "New York Times", "Utah State University". */
    private static final Set<String> NOT_A_PLACE_BEFORE = Set.of("Times", "Post", "Journal", "Tribune", "Herald",
            "Gazette", "Sun", "Bulletin", "Insider", "News", "Examiner", "University", "College", "Avenue", "Street",
            "Daily", "Press", "Observer", "Review", "Reports", "Report", "Public", "Radio", "Standard", "Patriot");
    /** Capitalised words that may stand before a place without making it part of a name ("In Ukraine"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("In", "The", "To", "From", "With", "And", "For", "Of", "On",
            "At", "By", "As", "Both", "Across", "Against", "Between", "Like", "Unlike", "While", "When", "After", "Before",
            "Despite", "Amid", "Than", "Into", "Over", "Under", "But", "Or", "If", "Why", "How", "What", "Where", "About");
    private static final Pattern PARTY_DASH = Pattern.compile("\\b[RDI]\\s?[-–]\\s?$");
    /** ISO codes whose English names are read as something else in US news: the state of Georgia, New Jersey. */
    private static final Set<String> SKIPPED_COUNTRIES = Set.of("US", "UM", "GE", "JE");

    private final PhraseMatcher<Tag> committees;
    private final PhraseMatcher<Tag> organisations;
    private final PhraseMatcher<Tag> places;

    private Gazetteer(PhraseMatcher<Tag> committees, PhraseMatcher<Tag> organisations, PhraseMatcher<Tag> places) {
        this.committees = committees;
        this.organisations = organisations;
        this.places = places;
    }

    static Gazetteer loadDefault(States states) {
        return new Gazetteer(loadCommittees(), loadOrganisations(), loadPlaces(states));
    }

    List<Tag> committees(String text, List<Text.Token> tokens) {
        return values(committees.find(text, tokens));
    }

    List<Tag> organisations(String text, List<Text.Token> tokens) {
        return values(organisations.find(text, tokens));
    }

    List<Tag> places(String text, List<Text.Token> tokens) {
        List<Tag> out = new ArrayList<>();
        for (PhraseMatcher.Match<Tag> m : places.find(text, tokens)) {
            if (m.lastToken() + 1 < tokens.size()) {
                Text.Token next = tokens.get(m.lastToken() + 1);
                if (NOT_A_PLACE_BEFORE.contains(next.raw()) && text.substring(m.end(), next.start()).equals(" ")) {
                    continue;
                }
            }
            if (PARTY_DASH.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()) {
                continue; // "(R-Utah)" says where a member is from, not where the story is
            }
            if (m.firstToken() > 0) {
                Text.Token prev = tokens.get(m.firstToken() - 1);
                // "Rep. Jim Jordan", "Central Louisiana News": a capitalised word glued before is a name.
                if (prev.capitalised() && !FUNCTION_WORDS.contains(prev.raw())
                        && text.substring(prev.end(), m.start()).equals(" ")) {
                    continue;
                }
            }
            out.add(m.value());
        }
        return out;
    }

    private static List<Tag> values(List<PhraseMatcher.Match<Tag>> matches) {
        return matches.stream().map(PhraseMatcher.Match::value).toList();
    }

    private static PhraseMatcher<Tag> loadCommittees() {
        Map<String, Tag> byId = new LinkedHashMap<>();
        Map<String, List<String>> forms = new LinkedHashMap<>();
        Map<String, List<String>> topicOwners = new HashMap<>();
        for (Map<String, String> r : Resources.csv("committees.csv")) {
            String id = r.get("id");
            String name = r.get("name");
            String chamber = r.get("chamber");
            byId.put(id, new Tag(Tag.Type.COMMITTEE, id, name));
            List<String> f = new ArrayList<>(List.of(name));
            Matcher m = COMMITTEE_NAME.matcher(name);
            if (m.matches()) {
                String ch = m.group("chamber");
                String topic = m.group("topic");
                f.add(ch + " " + topic + " Committee");
                f.add(ch + " " + topic + " Subcommittee");
                f.add(ch + " " + topic + " panel");
                f.add(ch + " Committee on " + topic);
                f.add(ch + " " + topic + " Chair");
                f.add(ch + " " + topic + " Chairman");
                topicOwners.computeIfAbsent(topic, k -> new ArrayList<>()).add(id);
            }
            forms.put(id, f);
            if (chamber.equals("joint") && name.startsWith("Joint Committee on ")) {
                f.add(name.replace("Joint Committee on ", "") + " Committee");
            }
        }
        // "Committee on Foreign Relations" and "Foreign Relations Committee" name one committee only
        // when one chamber has that topic; "the Judiciary Committee" is left to the chamber forms.
        topicOwners.forEach((topic, ids) -> {
            if (ids.size() == 1) {
                forms.get(ids.get(0)).add("Committee on " + topic);
                forms.get(ids.get(0)).add(topic + " Committee");
            }
        });
        for (Map<String, String> r : Resources.csv("committee-aliases.csv")) {
            forms.get(r.get("id")).addAll(Resources.forms(r.get("forms")));
        }
        PhraseMatcher.Builder<Tag> b = PhraseMatcher.builder(true);
        forms.forEach((id, fs) -> fs.forEach(f -> b.add(f, byId.get(id))));
        return b.build();
    }

    private static PhraseMatcher<Tag> loadOrganisations() {
        PhraseMatcher.Builder<Tag> b = PhraseMatcher.builder(true);
        for (Map<String, String> r : Resources.csv("organizations.csv")) {
            Tag tag = new Tag(Tag.Type.ORGANIZATION, r.get("id"), r.get("label"));
            Resources.forms(r.get("forms")).forEach(f -> b.add(f, tag));
        }
        return b.build();
    }

    private static PhraseMatcher<Tag> loadPlaces(States states) {
        PhraseMatcher.Builder<Tag> b = PhraseMatcher.builder(true);
        for (States.State s : states.all()) {
            Tag tag = new Tag(Tag.Type.PLACE, "US-" + s.usps(), s.name());
            if (s.usps().equals("WA")) {
                // Plain "Washington" is the capital or the government in political news.
                b.add("Washington state", tag).add("Washington State", tag).add("state of Washington", tag);
                continue;
            }
            b.add(s.name(), tag);
        }
        b.add("Washington, D.C.", states.byUsps("DC").map(s -> new Tag(Tag.Type.PLACE, "US-DC", s.name())).orElseThrow());
        Map<String, List<String>> variants = new TreeMap<>();
        for (Map<String, String> r : Resources.csv("country-variants.csv")) {
            variants.put(r.get("iso"), Resources.forms(r.get("forms")));
        }
        for (String iso : Locale.getISOCountries()) {
            if (SKIPPED_COUNTRIES.contains(iso)) {
                continue;
            }
            String display = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            List<String> names = new ArrayList<>(countryNames(display));
            names.addAll(variants.getOrDefault(iso, List.of()));
            if (names.isEmpty()) {
                continue;
            }
            Tag tag = new Tag(Tag.Type.PLACE, iso, names.get(0));
            names.forEach(n -> b.add(n, tag));
        }
        return b.build();
    }

    /** "Myanmar (Burma)" gives Myanmar and Burma; "Bosnia & Herzegovina" also gives the "and" form; "Congo - Kinshasa" is left to the variants table. */
    private static List<String> countryNames(String display) {
        List<String> out = new ArrayList<>();
        if (display.contains(" - ")) {
            return out;
        }
        Matcher paren = Pattern.compile("^(.*?) \\((.*)\\)$").matcher(display);
        String base = display;
        if (paren.matches()) {
            base = paren.group(1);
            out.add(base);
            out.add(paren.group(2));
        } else {
            out.add(base.replace(" SAR China", ""));
        }
        if (base.contains("&")) {
            out.add(base.replace("&", "and"));
        }
        if (base.startsWith("St. ")) {
            out.add("Saint " + base.substring(4));
        }
        return out;
    }
}
