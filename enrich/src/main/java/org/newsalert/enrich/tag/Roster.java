package org.newsalert.enrich.tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The serving members of Congress (bundled {@code members.csv}, derived from the CC0
 * unitedstates/congress-legislators roster), indexed by bioguide id and by surname, with the given
 * names each member goes by (first, nickname, first and middle, common diminutives).
 */
public final class Roster {
    private final Map<String, Member> byBioguide;
    private final Map<String, List<Member>> bySurname;
    private final Map<String, Set<String>> givenNames;
    private final int longestSurname;

    private Roster(List<Member> members, Map<String, List<String>> equivalents) {
        Map<String, Member> ids = new LinkedHashMap<>();
        Map<String, List<Member>> surnames = new HashMap<>();
        Map<String, Set<String>> given = new HashMap<>();
        int longest = 1;
        for (Member m : members) {
            ids.put(m.bioguide(), m);
            String key = nameKey(m.last());
            surnames.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            longest = Math.max(longest, key.split(" ").length);
            given.put(m.bioguide(), givenForms(m, equivalents));
        }
        surnames.replaceAll((k, v) -> List.copyOf(v));
        this.byBioguide = Collections.unmodifiableMap(ids);
        this.bySurname = Map.copyOf(surnames);
        this.givenNames = Map.copyOf(given);
        this.longestSurname = longest;
    }

    /** Loads the bundled roster and given-name equivalents. */
    public static Roster loadDefault() {
        List<Member> members = new ArrayList<>();
        for (Map<String, String> r : Resources.csv("members.csv")) {
            String district = r.get("district");
            members.add(new Member(
                    r.get("bioguide"),
                    Chamber.valueOf(r.get("chamber").toUpperCase(Locale.ROOT)),
                    r.get("first"),
                    r.get("middle"),
                    r.get("last"),
                    r.get("suffix"),
                    r.get("nickname"),
                    r.get("official_full"),
                    r.get("party"),
                    r.get("caucus"),
                    r.get("state"),
                    district == null || district.isBlank() ? -1 : Integer.parseInt(district)));
        }
        Map<String, List<String>> equivalents = new HashMap<>();
        for (Map<String, String> r : Resources.csv("given-names.csv")) {
            String name = Text.fold(r.get("name"));
            for (String e : Resources.forms(r.get("equivalents"))) {
                String eq = Text.fold(e);
                equivalents.computeIfAbsent(name, k -> new ArrayList<>()).add(eq);
                equivalents.computeIfAbsent(eq, k -> new ArrayList<>()).add(name);
            }
        }
        return new Roster(members, equivalents);
    }

    public Optional<Member> member(String bioguide) {
        return Optional.ofNullable(byBioguide.get(bioguide));
    }

    public List<Member> members() {
        return List.copyOf(byBioguide.values());
    }

    List<Member> withSurname(String key) {
        return bySurname.getOrDefault(key, List.of());
    }

    int longestSurname() {
        return longestSurname;
    }

    /** Whether {@code given} (token norms joined by spaces: "anna paulina", "charles e") is a name the member goes by. */
    boolean goesBy(Member m, String given) {
        return givenNames.get(m.bioguide()).contains(given);
    }

    /** Surnames and given names compared as folded word sequences: "Hernández Rivera" becomes "hernandez rivera". */
    static String nameKey(String name) {
        return String.join(" ", Text.tokens(Text.clean(name)).stream().map(Text.Token::norm).toList());
    }

    private static Set<String> givenForms(Member m, Map<String, List<String>> equivalents) {
        Set<String> forms = new HashSet<>();
        String first = nameKey(m.first());
        forms.add(first);
        String firstWord = first.split(" ")[0];
        forms.add(firstWord);
        if (!blank(m.nickname())) {
            forms.add(nameKey(m.nickname()));
        }
        if (!blank(m.middle())) {
            String middle = nameKey(m.middle());
            forms.add(first + " " + middle);
            forms.add(first + " " + middle.charAt(0));
            if (first.length() == 1) {
                forms.add(middle); // "H. Morgan Griffith" goes by Morgan
            }
        }
        if (!blank(m.officialFull())) {
            String full = nameKey(m.officialFull());
            String last = nameKey(m.last());
            int at = full.lastIndexOf(last);
            if (at > 0) {
                forms.add(full.substring(0, at).strip());
            }
        }
        for (String f : List.copyOf(forms)) {
            equivalents.getOrDefault(f, List.of()).forEach(forms::add);
        }
        forms.remove("");
        return Set.copyOf(forms);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
