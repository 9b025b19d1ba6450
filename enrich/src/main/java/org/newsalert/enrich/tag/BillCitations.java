package org.newsalert.enrich.tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds federal bill and resolution citations in news text and normalises them to
 * unitedstates/congress ids. Short forms that collide with ordinary text ({@code S. 12},
 * {@code HR 5}) count only beside legislative words; state-legislature forms ({@code HB 12},
 * {@code SB 40}, a state's "House Bill 1234"), page ranges, addresses and share classes do not count.
 */
public final class BillCitations {
    private static final Pattern NUMBER_RANGE = Pattern.compile("^\\s?[-–]\\s?\\d.*");

    /** One citation found in text: what it names and where. */
    public record Citation(BillRef bill, int start, int end) {}

    /**
     * A citation typed by a person, with the Congress when they gave one.
     *
     * @param congress empty when the person did not say (resolve against the current Congress)
     */
    public record BillQuery(BillType type, int number, OptionalInt congress) {
        public BillQuery {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(congress, "congress");
        }

        /** The bill, taking {@code defaultCongress} when the query named none. */
        public BillRef resolve(int defaultCongress) {
            return new BillRef(type, number, congress.orElse(defaultCongress));
        }
    }

    // Not after a letter, digit or dot: keeps "U.S. 250" and "HB 12"/"SB 40" out.
    private static final String NOT_AFTER = "(?<![\\p{L}\\p{N}.&/'’-])";
    private static final String RES = "(?i:res)\\.?";
    private static final String CON = "(?i:con)\\.?\\s?";
    private static final Pattern ABBREVIATED = Pattern.compile(NOT_AFTER
            + "(?:(?<hconres>H\\.?\\s?" + CON + RES + ")"
            + "|(?<sconres>S\\.?\\s?" + CON + RES + ")"
            + "|(?<hjres>H\\.?\\s?J\\.?\\s?(?:" + RES + "|R\\.?))"
            + "|(?<sjres>S\\.?\\s?J\\.?\\s?(?:" + RES + "|R\\.?))"
            + "|(?<hres>H\\.?\\s?" + RES + ")"
            + "|(?<sres>S\\.?\\s?" + RES + ")"
            + "|(?<hr>H\\.?\\s?R\\.?)"
            + "|(?<s>S\\.?))"
            + "(?<sep>\\s?-?\\s?)(?<num>\\d{1,5})(?![\\p{L}\\p{N}]|[.,]\\d)");
    private static final Pattern SPELLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<chamber>House|Senate)\\s+(?<kind>[Bb]ill|[Rr]esolution|[Jj]oint [Rr]esolution|[Cc]oncurrent [Rr]esolution)"
                    + "\\s+(?:No\\.\\s?)?(?<num>\\d{1,5})(?![\\p{L}\\p{N}]|[.,]\\d)");
    private static final Pattern EXPLICIT_CONGRESS = Pattern.compile(
            "^\\s*(?:\\(\\s*(?<p>\\d{2,3})(?:st|nd|rd|th)(?:\\s+Congress)?\\s*\\)|,?\\s+(?:of|in|from)\\s+the\\s+(?<w>\\d{2,3})(?:st|nd|rd|th)\\s+Congress)");
    private static final Pattern LEGISLATIVE_CUE = Pattern.compile(
            "(?i)\\b(?:bills?|legislation|measures?|acts?|resolutions?|congress(?:ional)?|senate|house|senators?|sens?\\.|reps?\\.|"
                    + "lawmakers?|introduc\\w*|sponsor\\w*|co-?sponsor\\w*|companion|pass(?:ed|es)?|votes?|voted|amendments?|committee)(?!\\p{L})");
    private static final Pattern STATE_CUE = Pattern.compile(
            "(?i)\\b(?:legislature|general assembly|statehouse|state house|state senate|state senators?|state rep(?:resentative)?s?\\.?|"
                    + "assembly(?:man|woman|member)?|governor|gov\\.|state lawmakers?"
                    // "Texas House Approves Youth Camp Safety, Flood Relief Bills": a state's chamber by name
                    + "|(?:" + States.get().nameRegex() + ")\\s+(?:house|senate))(?!\\p{L})");
    /** "blocked a new Texas law adding restrictions on children's use of app stores": a state's own law. */
    private static final Pattern STATE_LAW = Pattern.compile("\\b(?:" + States.get().nameRegex() + ")(?:'s)?\\s+(?:state\\s+)?law(?!\\p{L})");
    private static final Pattern FEDERAL_CUE = Pattern.compile("(?i)\\b(?:congress(?:ional)?|u\\.s\\. (?:house|senate)|capitol hill)(?!\\p{L})");
    private static final Pattern PAGE_OR_ADDRESS_BEFORE = Pattern.compile(
            "(?i)(?:\\bpp?\\.|\\bpages?|\\bvol\\.|\\brec\\.|\\brecord|\\bclass|\\bseries|\\d)\\s*$");
    private static final Pattern RANGE_OR_ADDRESS_AFTER = Pattern.compile(
            "^(?:\\s?[-–]\\s?\\d|\\s+(?i:shares?|units?|stock|E\\.|W\\.|East|West|St\\.|Street|Ave\\.?|Avenue|Rd\\.|Road|Blvd\\.?))");
    private static final Pattern QUERY = Pattern.compile(
            "^(hconres|sconres|hjres|sjres|hres|sres|hr|s)-?(\\d{1,5})(?:[-/(]?(\\d{1,3})(?:st|nd|rd|th)?(?:congress)?\\)?)?$");
    private static final int CUE_WINDOW = 120;
    private static final int STATE_WINDOW = 200;
    /** House simple resolutions rarely pass about 1,600 in a Congress; bill numbers reach 10,000. */
    private static final int HOUSE_RESOLUTION_CEILING = 2000;

    private BillCitations() {}

    /**
     * Citations in {@code text} in text order (repeats included). {@code congress} applies where the
     * text does not name one right after the citation ({@code H.R. 676 (116th Congress)}).
     */
    public static List<Citation> find(String text, int congress) {
        return find(text, congress, HOUSE_RESOLUTION_CEILING);
    }

    /**
     * As {@link #find(String, int)}, for an article published at {@code published}: a spelled "House
     * Resolution 1968" numbered above the simple resolutions the House can have filed by then is a bill.
     */
    public static List<Citation> find(String text, int congress, Instant published) {
        return find(text, congress, houseResolutionCeiling(congress, published));
    }

    /**
     * The House files about 80 simple resolutions a month (H.Res. 230 by mid-March 2025, about 950
     * by December): a generous 200 plus 100 a month since the Congress began, at most {@value #HOUSE_RESOLUTION_CEILING}.
     */
    static int houseResolutionCeiling(int congress, Instant published) {
        LocalDate start = LocalDate.of(Congresses.firstYear(congress), 1, 3);
        long months = Math.max(0, ChronoUnit.MONTHS.between(start, published.atZone(ZoneOffset.UTC).toLocalDate()));
        return (int) Math.min(HOUSE_RESOLUTION_CEILING, 200 + 100 * months);
    }

    private static List<Citation> find(String text, int congress, int houseResolutionCeiling) {
        Objects.requireNonNull(text, "text");
        List<Found> found = new ArrayList<>();
        Matcher m = ABBREVIATED.matcher(text);
        while (m.find()) {
            BillType type = abbreviatedType(m);
            String prefix = m.group(type.code());
            String sep = m.group("sep");
            if (type == BillType.S && (sep.contains("-") || (!prefix.contains(".") && sep.isEmpty()))) {
                continue; // S-400 missiles, Form S-1, Congressional Record page S2174
            }
            boolean weak = type == BillType.S || (type == BillType.HR && !prefix.contains("."));
            if (weak && !legislativeContext(text, m.start(), m.end())) {
                continue;
            }
            if (type == BillType.S && falseFriend(text, m.start(), m.end())) {
                continue;
            }
            if (falseFriendRange(text, m.end())) {
                continue;
            }
            found.add(new Found(type, Integer.parseInt(m.group("num")), m.start(), m.end(), false));
        }
        Matcher s = SPELLED.matcher(text);
        while (s.find()) {
            String kind = s.group("kind").toLowerCase(Locale.ROOT);
            if (stateLegislature(text, s.start(), s.end()) || kind.equals("bill") && stateArticle(text, s.start(), s.end())) {
                continue;
            }
            boolean house = s.group("chamber").equals("House");
            BillType type = switch (kind) {
                case "bill" -> house ? BillType.HR : BillType.S;
                case "joint resolution" -> house ? BillType.HJRES : BillType.SJRES;
                case "concurrent resolution" -> house ? BillType.HCONRES : BillType.SCONRES;
                default -> house ? BillType.HRES : BillType.SRES;
            };
            found.add(new Found(type, Integer.parseInt(s.group("num")), s.start(), s.end(), type == BillType.HRES));
        }
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        List<Citation> out = new ArrayList<>();
        for (Found f : found) {
            BillType type = f.type;
            // "House Resolution 6508 (HR 6508)": news calls a bill a resolution; trust the number.
            if (f.spelledHouseResolution
                    && (f.number > houseResolutionCeiling || found.stream().anyMatch(o -> o.type == BillType.HR && o.number == f.number))) {
                type = BillType.HR;
            }
            out.add(new Citation(new BillRef(type, f.number, explicitCongress(text, f.end).orElse(congress)), f.start, f.end));
        }
        return out;
    }

    /** Parses a citation a person typed: {@code HR6508}, {@code h.r. 6508}, {@code hr6508-119}, {@code H.R. 6508 (119th)}. */
    public static Optional<BillQuery> parseQuery(String typed) {
        Objects.requireNonNull(typed, "typed");
        String q = typed.toLowerCase(Locale.ROOT).strip().replaceAll("(\\d)[\\s\u00a0]+(\\d)", "$1-$2").replaceAll("[.\\s\u00a0]+", "");
        q = q.replace("housejointresolution", "hjres")
                .replace("senatejointresolution", "sjres")
                .replace("houseconcurrentresolution", "hconres")
                .replace("senateconcurrentresolution", "sconres")
                .replace("houseresolution", "hres")
                .replace("senateresolution", "sres")
                .replace("housebill", "hr")
                .replace("senatebill", "s")
                .replaceFirst("^(h|s)jr(?=\\d|-)", "$1jres");
        Matcher m = QUERY.matcher(q);
        if (!m.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(2));
        if (number < 1) {
            return Optional.empty();
        }
        OptionalInt congress = m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3)));
        if (congress.isPresent() && congress.getAsInt() < 1) {
            return Optional.empty();
        }
        return Optional.of(new BillQuery(BillType.ofCode(m.group(1)).orElseThrow(), number, congress));
    }

    /** Parses a typed citation and resolves it against the Congress sitting at {@code now}. */
    public static Optional<BillRef> parseQuery(String typed, java.time.Instant now) {
        return parseQuery(typed).map(q -> q.resolve(Congresses.at(now)));
    }

    private static BillType abbreviatedType(Matcher m) {
        for (BillType t : BillType.values()) {
            if (m.group(t.code()) != null) {
                return t;
            }
        }
        throw new IllegalStateException("no type group matched");
    }

    private static OptionalInt explicitCongress(String text, int end) {
        Matcher m = EXPLICIT_CONGRESS.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (!m.find()) {
            return OptionalInt.empty();
        }
        String n = m.group("p") != null ? m.group("p") : m.group("w");
        return OptionalInt.of(Integer.parseInt(n));
    }

    private static boolean legislativeContext(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - CUE_WINDOW), start);
        String after = text.substring(end, Math.min(text.length(), end + CUE_WINDOW));
        return LEGISLATIVE_CUE.matcher(before).find() || LEGISLATIVE_CUE.matcher(after).find();
    }

    private static boolean falseFriend(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start);
        String after = text.substring(end, Math.min(text.length(), end + 12));
        return PAGE_OR_ADDRESS_BEFORE.matcher(before).find() || RANGE_OR_ADDRESS_AFTER.matcher(after).find();
    }

    private static boolean falseFriendRange(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 3));
        return NUMBER_RANGE.matcher(after).matches();
    }

    private static boolean stateLegislature(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - STATE_WINDOW), start);
        String after = text.substring(end, Math.min(text.length(), end + STATE_WINDOW));
        return STATE_CUE.matcher(before).find() || STATE_CUE.matcher(after).find() || States.endsWithStateName(before);
    }

    /**
     * A "House Bill 1105" in an article about a state (a governor, a legislature or "a new Texas law" anywhere in it)
     * with nothing federal beside the citation: federal news writes H.R. 1105, state news House Bill 1105.
     */
    private static boolean stateArticle(String text, int start, int end) {
        String near = text.substring(Math.max(0, start - STATE_WINDOW), Math.min(text.length(), end + STATE_WINDOW));
        return (STATE_CUE.matcher(text).find() || STATE_LAW.matcher(text).find()) && !FEDERAL_CUE.matcher(near).find();
    }

    private record Found(BillType type, int number, int start, int end, boolean spelledHouseResolution) {}
}
