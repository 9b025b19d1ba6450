package org.newsalert.enrich.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * US states and territories with the forms news uses for them: the USPS code in "(R-KY)", the AP
 * abbreviation in "(R-Ky.)", the spelled-out name in "(R-Utah)" and "of Kentucky".
 */
public final class States {
    private static final Pattern DOTS_AND_SPACES = Pattern.compile("[.\\s]");

    record State(String usps, String name) {}

    private static final States INSTANCE = load();

    private final Map<String, State> byKey;
    private final Map<String, State> byUsps;
    /** Every form, longest first, as a regex alternation for party-state tags ("R-N.C.", "D-Calif", "R-UT"). */
    private final String anyForm;
    /** Spelled-out names only, longest first ("West Virginia" before "Virginia"). */
    private final String nameForm;
    private final Pattern endsWithName;

    private States(Map<String, State> byKey, Map<String, State> byUsps, String anyForm, String nameForm) {
        this.byKey = byKey;
        this.byUsps = byUsps;
        this.anyForm = anyForm;
        this.nameForm = nameForm;
        this.endsWithName = Pattern.compile("(?:" + nameForm + ")\\s+$");
    }

    static States get() {
        return INSTANCE;
    }

    private static States load() {
        Map<String, State> byKey = new HashMap<>();
        Map<String, State> byUsps = new LinkedHashMap<>();
        List<String> forms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map<String, String> row : Resources.csv("us-states.csv")) {
            State s = new State(row.get("usps"), row.get("name"));
            byUsps.put(s.usps(), s);
            List<String> all = new ArrayList<>(List.of(s.usps(), s.name(), row.get("ap_abbrev")));
            all.addAll(Resources.forms(row.get("other_forms")));
            for (String f : all) {
                byKey.putIfAbsent(key(f), s);
                forms.add(f);
                if (f.endsWith(".")) {
                    forms.add(f.substring(0, f.length() - 1)); // "R-Ky" without the dot
                }
            }
            names.add(s.name());
        }
        return new States(Map.copyOf(byKey), byUsps, alternation(forms), alternation(names));
    }

    private static String alternation(List<String> forms) {
        return forms.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }

    private static String key(String form) {
        return DOTS_AND_SPACES.matcher(Text.fold(form)).replaceAll("");
    }

    /** The state for any of its forms ("Ky.", "KY", "Kentucky"). */
    Optional<State> lookup(String form) {
        return Optional.ofNullable(byKey.get(key(form)));
    }

    Optional<State> byUsps(String usps) {
        return Optional.ofNullable(byUsps.get(usps));
    }

    List<State> all() {
        return List.copyOf(byUsps.values());
    }

    String anyFormRegex() {
        return anyForm;
    }

    String nameRegex() {
        return nameForm;
    }

    /** Whether {@code before} ends with a state name and a space: "Texas House Bill 2", "the Texas House". */
    public static boolean endsWithStateName(String before) {
        return INSTANCE.endsWithName.matcher(before).find();
    }
}
