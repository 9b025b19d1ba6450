package org.newsalert.enrich.novelty;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsalert.enrich.novelty.StageMention.Reading;

/**
 * Finds the legislative stages an article talks about, sentence by sentence, and reads each mention
 * in context: reported as news, background ("the bill, introduced in March"), hypothetical ("is
 * expected to vote", "if signed", "plans to introduce") or about another bill. It knows only the
 * article; whether a passage is the first in its chamber or the final vote is the detector's call.
 */
public final class StageClassifier {
    // Patterns of the per-sentence helpers below, compiled once (String.matches, replaceAll and split compile
    // theirs on every call).
    private static final Pattern RULES_WORD = Pattern.compile("\\brules\\b");
    private static final Pattern ONLY_FOR_IT_TO_BE = Pattern.compile("only\\s+for\\s+it\\s+to\\s+be\\s*$");
    private static final Pattern TRAILING_TO = Pattern.compile("\\bto\\s*$");
    private static final Pattern ENDS_TO_BE = Pattern.compile("(?s).*\\b(?:to|be|to\\s+being)\\s*$");
    private static final Pattern RELATIVE_PAST = Pattern.compile("(?s).*\\b(?:which|that|who)(?:\\s+(?:was|were|had|has|have|been))+$");
    private static final Pattern PARTICIPLE_CONTEXT = Pattern.compile("(?s)^\\S+\\s+(?:\\S+\\s+)?(?:by|in|on|last|earlier|this|during)\\b.*");
    private static final Pattern DOTS_AND_SPACES = Pattern.compile("[.\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String CHAMBER =
            "(?<![\\w-])(?<!white )(?:the\\s+)?(?:(?:u\\.?s\\.?|full)\\s+){0,2}(?<ch>house(?:\\s+of\\s+representatives)?|senate|senators"
            + "|(?:upper|lower)\\s+chamber)(?![\\w-])(?!\\s+vs?\\.?\\s)";
    /** Words allowed between a subject and its verb, without clause punctuation. */
    private static final String GAP = "(?:(?!(?:the|a|an|that|which|who|to|and|but|advanced|passed|approved|voted|rejected"
            // "AOC eyes House path as Senate clears deepfake bill": the Senate's verb, not the House's
            + "|blocked|cleared|sent|signed|house|senate)\\b)[\\w'.$%()-]+\\s+){0,6}?";
    private static final String SHORT_GAP = "(?:[\\w'.$%-]+\\s+){0,3}?";
    private static final String TALLY_RE = "(\\d{1,3})\\s?(?:-|to|-to-)\\s?(\\d{1,3})";
    private static final String BILL_NOUN =
            "(?:bill|legislation|measure|resolution|act|package|proposal|plan|h\\.?\\s?r\\.?\\s?\\d+|s\\.\\s?\\d+)";

    private static final Pattern PASS_SUBJECT = Pattern.compile(CHAMBER + "(?:\\s*,\\s*which)?\\s+(?<gap>" + GAP + ")(?<v>"
            + "passed|passes|passing|pass|approved|approves|approve|cleared|clears|adopted|ok'd|oked|oks"
            // "The House censured Rep. Jamaal Bowman on Thursday": a resolution of censure adopted, named by what it does
            + "|censured|censures|reprimanded|reprimands|rebuked|rebukes|expelled|expels"
            + "|(?:gave|gives)\\s+(?:its\\s+)?final\\s+(?:congressional\\s+|legislative\\s+)?approval"
            + "|voted\\s+(?:" + TALLY_RE + "\\s+)?(?:[\\w.]+\\s+){0,4}?to\\s+(?:pass|approve|adopt|censure|reprimand|rebuke|expel)"
            + "|votes\\s+(?:\\w+\\s+){0,2}?to\\s+(?:pass|approve|adopt|censure|reprimand|rebuke|expel)"
            // "The House voted 408-0 today in favor of the bill" (not "in favor of the rule", the debate's)
            + "|vote[sd]\\s+(?:" + TALLY_RE + "\\s+)?(?:[\\w.]+\\s+){0,2}?in\\s+favor\\s+of\\s+(?:the|this|a|his|her|their)\\s+"
            + "(?:[\\w'-]+\\s+){0,2}?(?:bill|legislation|measure|act))\\b");
    /**
     * "The House voted Wednesday to overturn the waiver": a chamber passing a resolution of
     * disapproval, named by what it undoes. The chamber itself must be the subject (not "Senate
     * Democrats voted to block").
     */
    private static final Pattern PASS_UNDO = Pattern.compile(CHAMBER + "\\s+(?:also\\s+)?(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+|again\\s+)?"
            + "(?<v>vote[sd]\\s+(?:" + TALLY_RE + "\\s+)?(?:(?:on\\s+)?\\w+\\s+){0,2}?to\\s+(?:overturn|block|repeal|revoke|rescind|nullify|kill|axe?"
            // "on Thursday the Senate also voted to end the regulation" (not "to end debate")
            + "|scrap|reverse|undo|strike\\s+down|roll\\s+back|end(?=\\s+(?:the\\s+|this\\s+|that\\s+)?(?:[\\w'-]+\\s+){0,3}?(?:regulation|rule|standard|mandate)s?\\b)))\\b");
    /**
     * "Senate Approves Sanders Amendment", "senators approved a package of nominees": a chamber's vote on
     * an amendment or on nominees passes no bill. (The other chamber's amendment, "the Senate amendment",
     * is the bill's text: agreeing to it is a passage.)
     */
    private static final Pattern NOT_A_BILL_OBJECT = Pattern.compile("^\\s+(?:(?!(?:bill|act|resolution|measure|legislation|house|senate)"
            + "(?:'s)?\\b)[\\w'$.-]+\\s+){0,4}?(?:amendments?|nominees?|nominations?)\\b");
    private static final Pattern TO_FULL_COMMITTEE = Pattern.compile("\\bto\\s+the\\s+full\\s+(?:[\\w&'-]+\\s+){0,6}?committee\\b");
    private static final Pattern MEASURE_AFTER = Pattern.compile("^\\s+(?:[\\w'$-]+\\s+){0,4}?(?:resolution|bill|measure|legislation|act"
            + "|amendment|effort|bid|attempt|proposal)\\b");
    /**
     * "This week the Senate followed suit, passing the bill by unanimous consent", "the Senate
     * followed the House's lead and passed a companion resolution": the second chamber's passage,
     * told by what the first did. Read only in a sentence about passing.
     */
    private static final Pattern PASS_FOLLOWED = Pattern.compile(CHAMBER + "\\s+(?<gap>" + GAP + ")(?<v>followed\\s+(?:suit"
            + "|(?:the\\s+)?(?:house|senate|other\\s+chamber)'s\\s+lead|its\\s+lead))\\b");
    private static final Pattern PASSING_WORD = Pattern.compile("\\b(?:pass|passed|passes|passing|passage|approved|approving|adopted|adopting)\\b");
    /** "Griffith statement on House passage of government funding bill": the passage as a noun. */
    private static final Pattern PASS_NOUN = Pattern.compile("(?<![\\w-])(?<ch>house|senate)\\s+(?<v>passage)\\s+of\\b");
    /** "won House approval", "secured final Senate passage": the chamber as the passage's modifier. */
    private static final Pattern PASS_WON = Pattern.compile("(?<v>won|wins|secured|secures|received|receives|gained|gains)\\s+"
            + "(?:(?:final|unanimous|overwhelming|narrow|quick|swift|bipartisan)\\s+)?" + CHAMBER + "\\s+(?:approval|passage)\\b");
    private static final Pattern PASS_OBJECT = Pattern.compile("(?<v>passed|passes|cleared|clears|sailed\\s+through"
            + "|approved|narrowly\\s+passed)\\s+(?:" + TALLY_RE + "\\s+)?"
            // "was passed via a voice vote in the U.S. House", "passed by unanimous consent in the Senate": how, then where
            + "(?:(?:via|by|on|with|in)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:vote|consent|support|margin)(?:\\s+of\\s+" + TALLY_RE + ")?"
            + "\\s+(?=(?:in|by)\\s))?"
            // "passed on the House floor", "passed on the floor of the Senate"
            + "(?:in\\s+|by\\s+|through\\s+|on\\s+(?:the\\s+floor\\s+of\\s+)?)?" + CHAMBER);
    /**
     * A committee named right after the chamber word ("passes House Commerce", "clears House
     * committee", "the Senate Judiciary voted"): the committee acted, not the chamber.
     */
    private static final Pattern COMMITTEE_AFTER_CHAMBER = Pattern.compile("^\\s+(?:(?:energy\\s+(?:and|&)\\s+commerce|ways\\s+(?:and|&)\\s+means"
            + "|armed\\s+services|foreign\\s+(?:affairs|relations)|homeland\\s+security|natural\\s+resources|small\\s+business"
            + "|veterans'?\\s+affairs|commerce|judiciary|budget|appropriations|rules|finance|oversight|banking|agriculture"
            // "after being approved by the House Financial Services Committee"
            + "|financial\\s+services|environment\\s+(?:and|&)\\s+public\\s+works|indian\\s+affairs|administration|energy"
            + "|intelligence|education|transportation|science|ethics|help|ag)(?:\\s+(?:committee|subcommittee|panel)"
            + "|(?!\\s+(?:bill|resolution|version|plan|package|measure|act|legislation|proposal)\\b))"
            + "|(?:sub)?committee|panel"
            // "has PASSED in the House @NatResources Committee": a committee by its social-media handle
            + "|@\\w+\\s+(?:(?:sub)?committee|panel))(?![\\w-])");
    private static final Pattern CHAMBERS_BILL = Pattern.compile("^\\s+(?:[\\w'-]+\\s+){0,2}?"
            + "(?:bill|resolution|version|plan|package|measure|legislation|proposal)\\b");
    private static final Pattern CHAMBERS_PROCEDURE = Pattern.compile("^'s\\s+(?:[\\w-]+\\s+){0,2}?(?:filibuster|procedural|cloture|hurdle|threshold)\\b");
    private static final Pattern PROCEDURAL_OBJECT =
            Pattern.compile("^\\s*(?:\\S+\\s+){0,3}?(?:procedural|cloture|motion|rule|test\\s+vote|hurdle)\\b");
    /** "voted 222-200 to approve an effort by Congressman Golden to force Speaker Johnson to hold a vote on the act": the way to a vote. */
    private static final Pattern FORCE_VOTE = Pattern.compile("^\\s*(?:an?|the|his|her|their)\\s+(?:\\S+\\s+)?(?:effort|bid|push|petition)\\b"
            + "(?:\\s+\\S+){0,8}?\\s+to\\s+(?:force|compel|discharge)\\b");

    private static final Pattern FLOOR_SUBJECT = Pattern.compile(CHAMBER + "\\s+(?<gap>" + GAP + ")(?<v>"
            + "vote[sd]\\s+(?:" + TALLY_RE + "\\s+)?(?:\\w+\\s+){0,3}?to\\s+(?:advance|proceed|begin|open|start|invoke|limit|end\\s+debate|discharge|table|move\\s+forward|take\\s+up)"
            + "|advanced|advances|invoked\\s+cloture|broke\\s+(?:a|the)\\s+filibuster)\\b");
    private static final Pattern FLOOR_NOUN = Pattern.compile("(?<v>(?:procedural|cloture|test)\\s+(?:vote|motion|measure)s?)\\s+"
            + SHORT_GAP + "(?:passed|succeeded|cleared|prevailed)\\b");
    /** "cleared a key procedural hurdle", "survived a test vote": a procedural vote named by its outcome. */
    private static final Pattern FLOOR_HURDLE = Pattern.compile("(?<v>cleared|clears|passed|passes|survived|survives|overcame|overcomes)\\s+"
            + "(?:a|an|its|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:procedural|test|cloture)\\s+(?:hurdle|vote|test|motion)\\b");
    /**
     * A House discharge petition reaching its 218 signatures discharges the committee and forces a
     * floor vote: the Library of Congress's COMMITTEE_DISCHARGED step, read as a procedural vote.
     */
    private static final Pattern DISCHARGED = Pattern.compile("(?<v>(?:reached|reaches|reaching|hit|hits|hitting|got|gets|getting|secured"
            + "|secures|securing|gained|gains|gaining|garnered|garners|crossed|crosses|surpassed|surpasses|received|receives|collected"
            + "|collects|won|has|had)\\s+"
            + "(?:the\\s+|its\\s+)?(?:required\\s+|needed\\s+|necessary\\s+|magic\\s+)?(?:number\\s+of\\s+)?218(?:th)?\\b"
            + "|(?:became|becomes|was|is)\\s+the\\s+218th\\s+(?:signature|signer|signatory|lawmaker|member|name)"
            + "|(?:bringing|brings|brought|pushing|pushes|pushed)\\s+(?:the\\s+)?(?:total\\s+)?(?:number\\s+of\\s+)?signatures\\s+to\\s+218\\b)");
    private static final Pattern FLOOR_TIE = Pattern.compile("(?<v>(?:cast|casting|broke|breaking)\\s+(?:\\w+\\s+){0,3}?tie-?breaking\\s+votes?)"
            + "\\s+(?:[\\w'.-]+\\s+){0,6}?to\\s+(?:advance|proceed|begin|move)");

    private static final Pattern FAIL_SUBJECT = Pattern.compile(CHAMBER + "\\s+(?<gap>" + GAP + ")(?<v>"
            + "rejected|rejects|blocked|blocks|defeated|defeats|voted\\s+(?:it\\s+|\\w+\\s+)?down|voted\\s+against"
            + "|(?:failed|fails)\\s+to\\s+(?:pass|advance|approve|invoke|reach|clear|override))\\b");
    /** What a chamber "voted against" when that is a failed vote: a measure, not a policy ("voted against his tariffs"). */
    private static final Pattern AGAINST_MEASURE = Pattern.compile("^\\s+(?:it\\b|(?:[\\w'$-]+\\s+){0,4}?(?:bill|measure|resolution|legislation"
            + "|motion|amendment|proposal|act|package|cloture|rule|nomination|override|veto|plan)s?\\b)");
    private static final Pattern FAIL_OBJECT = Pattern.compile("(?<v>rejected|blocked|voted\\s+down|defeated)\\s+(?:by|in)\\s+" + CHAMBER);
    private static final Pattern FAIL_MAJORITY = Pattern.compile("(?<v>failed\\s+to\\s+(?:even\\s+)?(?:receive|get|win|reach|clear|pass)"
            + "\\s+(?:[\\w'.-]+\\s+){0,4}?(?:in|by|through)\\s+)" + CHAMBER);
    /** "fell short of the 60 votes needed": a vote that failed, named by its margin. */
    private static final Pattern FAIL_SHORT = Pattern.compile("(?<v>fell|falls|falling|came\\s+up|comes\\s+up|coming\\s+up)\\s+(?:\\w+\\s+){0,2}?short\\s+of\\s+"
            + "(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:votes?|threshold|majority|supermajority)\\b");
    /** "Vance cast a tie-breaking vote, blocking a resolution", "Vance breaks Senate tie, votes to block": the Vice President's tie-break sinks it. */
    private static final Pattern FAIL_TIE = Pattern.compile("(?:tie-?breaking\\s+vote|breaks?\\s+(?:\\w+\\s+)?tie)\\s*,?\\s+"
            + "(?:(?:and\\s+)?votes?\\s+)?(?:to\\s+)?(?<v>block|blocking|kill|killing|defeat|defeating|sink|sinking|reject|rejecting)\\b");
    /** A chamber that held no vote: "declined to vote on them", "never took it up". */
    private static final Pattern NO_VOTE = Pattern.compile("\\b(?:declined|refused|failed)\\s+to\\s+(?:vote|take\\s+(?:it|them|the\\s+\\w+)\\s+up|take\\s+up)\\b"
            + "|\\b(?:never|not)\\s+(?:voted|took\\s+(?:it|them)\\s+up|took\\s+up|taken\\s+up|brought\\s+(?:it|them)\\s+to\\s+a\\s+vote)\\b");
    private static final Pattern FAIL_NOUN = Pattern.compile("(?<![\\w-])(?:proposals?|plans?|bills?|measures?|motions?|resolutions?|act|cloture\\s+vote|cloture)"
            // "though the measures were overwhelmingly rejected"
            + "\\s+(?:\\w+\\s+){0,2}?(?<v>failed(?!\\s+to\\b)|(?:was|were)\\s+(?:narrowly\\s+|easily\\s+|overwhelmingly\\s+|soundly\\s+|handily\\s+)?"
            + "(?:defeated|rejected|voted\\s+down))\\b");

    private static final Pattern COMMITTEE_SUBJECT = Pattern.compile("(?<c>(?:[\\w&'-]+\\s+){0,5}?(?:committee|subcommittee|panel)"
            // "The US House of Representatives Committee on Ways and Means voted 40-3"
            + "(?:\\s+on\\s+(?:the\\s+)?(?:[\\w&'-]+\\s+){0,3}?[\\w&'-]+(?=\\s+(?:voted|advanced|approved|passed|reported|cleared)\\b))?"
            // "Bipartisan Momentum: SVAC Advances 24 Bills": a committee by its usual acronym
            + "|(?<![\\w-])(?:svac|sasc|hasc|sfrc|hfac|hsgac|hfsc))"
            // "The House Financial Services Committee, which oversees banking, insurance and other related matters, advanced"
            + "(?:\\s*,\\s*which\\s+(?!(?:advanced|approved|passed|voted|reported|cleared)\\b)[^;:.\"]{1,100}?,)?"
            + "\\s+(?<gap>" + SHORT_GAP + ")(?<v>voted\\s+(?:" + TALLY_RE + "\\s+)?(?:\\w+\\s+){0,3}?to\\s+(?:advance|approve|report|send|pass|forward|recommend)"
            // "The Senate Banking Committee today voted 13-11 in favor of legislation to prevent ..."
            + "|voted\\s+" + TALLY_RE + "\\s+(?:\\w+\\s+){0,2}?in\\s+favor\\s+of"
            // a hearing "on \"Rightsizing Government\"" is one on a topic, not on the story's bill (also "held a hearing
            // this week entitled \"Empowering the Modern Worker.\"")
            + "|advanced|advances|approved|approves|passed|reported|marked\\s+up|held\\s+a\\s+hearing"
            + "(?!\\s+(?:(?:this|last)\\s+week\\s+|today\\s+|yesterday\\s+|on\\s+\\w+day\\s+)?(?:on|titled|entitled|called),?\\s+\")"
            + "|cleared|clears|ordered\\s+(?:\\w+\\s+){0,4}?reported)\\b");
    /** A markup the sentence says is ahead: a committee's markup named as a noun after it is that one. */
    private static final Pattern MARKUP_TO_COME = Pattern.compile("\\b(?:scheduled|slated|set)\\s+(?:to|for)\\b|\\bto\\s+be\\s+marked\\s+up\\b");
    private static final Pattern COMMITTEE_NOUN = Pattern.compile("(?<c>(?:[\\w&'-]+\\s+){0,5}?(?:committee|panel))(?:'s|s'|)\\s+"
            // ("Senate Committee Postpones Vote on Antisemitism Awareness Act": no vote taken)
            + "(?:(?!(?:postpon|delay|cancel|scrap|pull|punt|push)\\w*\\b)\\w+\\s+){0,3}?(?<v>passage|approval|markup|vote)\\s+(?:of|on)\\b");
    /**
     * "The proposed federal law ..., introduced by Rep. Greg Steube, passed on a 218-206 count": a
     * passage that names no chamber, told by its roll call's size.
     */
    private static final Pattern PASS_TALLY = Pattern.compile("(?<![\\w-])(?<v>passed|approved)\\s+(?:(?:on|by|with|in)\\s+)?(?:an?\\s+|the\\s+)?"
            // "approved in a mostly party-line vote of 224-198"
            + "(?:(?:mostly|largely|nearly|strictly|almost)\\s+)?"
            + "(?:(?:bipartisan|party-line|lopsided|narrow|final|close)\\s+)?(?:vote\\s+of\\s+)?(?<yes>\\d{1,3})\\s*(?:-|to)\\s*(?<no>\\d{1,3})\\b");
    /** "that would codify ...", "which would expand ...": a relative clause saying what a bill does. */
    private static final Pattern RELATIVE_MODAL = Pattern.compile("\\b(?:bill|legislation|measure|proposal|act|package|resolution)\\b"
            + "(?:\\s+[\\w.'-]+){0,8}?\\s+(?<rel>(?:that|which)\\s+(?:would|could|will|aims\\s+to|seeks\\s+to))\\b");
    private static final Pattern VOTE_SUBJECT = Pattern.compile("\\b(?:vote|votes|motion|cloture|rule|procedural|amendment|amendments|petition)\\b");
    /** "The House Ways and Means Committee dealt a heavy blow to the rule Wednesday, voting 26-16 to advance a resolution". */
    private static final Pattern COMMITTEE_VOTING = Pattern.compile("(?<c>(?:[\\w&'-]+\\s+){0,5}?(?:committee|subcommittee|panel))\\b[^.;]{0,120}?,\\s+"
            + "(?<v>voting\\s+(?:" + TALLY_RE + "\\s+)?(?:\\w+\\s+){0,3}?to\\s+(?:advance|approve|report|send|pass|forward))\\b");
    /** "applauded the advancement of the Senate version of the act through the Senate Committee on Agriculture". */
    private static final Pattern COMMITTEE_THROUGH = Pattern.compile("(?<![\\w-])(?<v>advancement|advanced|advances|advancing|moved|moves|moving"
            + "|passage|passed|passes)\\s+(?:[\\w'-]+\\s+){0,12}?through\\s+(?<c>(?:the\\s+)?(?:[\\w&'-]+\\s+){0,5}?(?:committee|subcommittee|panel))\\b");
    /** "The bill clearing the Senate Homeland Security and Governmental Affairs Committee": the bill is the subject. */
    private static final Pattern COMMITTEE_CLEARED = Pattern.compile("(?<![\\w-])(?:bill|legislation|measure|resolution|act|proposal)"
            + "\\s+(?<v>cleared|clears|clearing|sailed\\s+through|sails\\s+through)\\s+(?<c>(?:the\\s+)?(?:[\\w&'-]+\\s+){0,6}?(?:committee|panel))\\b");
    /** "The CLARITY Act cleared markup": a committee's step named by its meeting. */
    private static final Pattern MARKUP_CLEARED = Pattern.compile("(?<![\\w-])(?<v>cleared|clears|passed|passes|survived|survives)\\s+"
            + "(?:a\\s+|the\\s+|its\\s+)?(?:(?:house|senate|full|committee|panel)\\s+){0,2}markup\\b");
    /**
     * "delivered the following statement ... at a markup of seven bills": the meeting itself, under way. Its
     * bills ("We'll start today with H.R. 3453") are the article's; a markup to come is not at hand
     * ("ahead of next week's markup").
     */
    private static final Pattern MARKUP_HELD = Pattern.compile("(?<![\\w-])(?:at|during)\\s+(?:a|the|today's|this\\s+morning's)\\s+"
            + "(?:full\\s+committee\\s+)?(?<v>markup)\\s+of\\b");
    /** "NMPF Applauds Senate Committee for Advancing Whole Milk Bill": thanked for what it did. */
    private static final Pattern COMMITTEE_FOR = Pattern.compile("(?<c>(?:[\\w&'-]+\\s+){0,5}?(?:committee|panel))\\s+for\\s+"
            + "(?<v>advancing|approving|passing|clearing|unanimously\\s+(?:advancing|approving|passing))\\b");
    /** "The bill was approved by the Judiciary Committee", "AGOA, HOPE/HELP Advance Out of House Ways and Means Committee". */
    private static final Pattern COMMITTEE_OBJECT = Pattern.compile("(?<v>advanced|advances|advance|approved|passed|reported|moved|moves"
            // "Black Vulture Relief Act marked up by House Committee on Natural Resources"
            + "|marked\\s+up)\\s+"
            // "advanced his \"Stop Insider Trading Act\" out of the House Administration Committee"
            + "(?:\\w+\\s+){0,2}?(?:\"[^\"]{1,80}\"\\s+)?"
            // ("advanced out of the Senate Homeland Security and Governmental Affairs Committee")
            + "(?:out\\s+of|by|through)\\s+(?<c>(?:the\\s+)?(?:[\\w&'-]+\\s+){0,6}?(?:committee|panel))");

    private static final Pattern INTRODUCED = Pattern.compile("(?<!\\bthe\\s)\\b(?<v>introduced|introduces|introduce|reintroduced|reintroduces"
            // "Bipartisan duo revives bill to fight online child pornography": a bill of an earlier Congress filed again
            + "|reintroduce|filed|files|unveiled|unveils|revived|revives|revive"
            // "Sens. Bill Cassidy, Jim Banks roll out legislation"
            + "|roll\\s+out|rolls\\s+out|rolled\\s+out|rolling\\s+out"
            // "is introducing a bill today"
            + "|(?:is|are)\\s+introducing"
            // "joined ... to announce they were reintroducing the Equality Act": the announcement is the filing
            + "|announc(?:e|ed|es|ing)\\s+(?:that\\s+)?(?:they|he|she)\\s+(?:were|was)\\s+(?:re)?introducing)"
            // "introduced Tyler's Law": a bill named for someone (curly apostrophes are straight by now, see normalise)
            + "\\s+(?:[\\w'-]+,?\\s+){0,3}?(?<obj>" + BILL_NOUN + "|bills|companion|hr\\s?\\d+|[\\w-]+'s\\s+law"
            // "introduced a pair of measures to rein in the federal health bureaucracy" (not "introduced measures to curb ...")
            + "|(?<=(?:pair|set|slate|package|series) of )measures)\\b"
            // "introduced the Standardizing Permitting and Expediting Economic Development (SPEED) Act": a long name
            + "|(?<v2>introduced|introduces|introduce|reintroduced|reintroduces|reintroduce|unveiled|unveils|(?:is|are)\\s+(?:re)?introducing"
            // "announced the introduction of the bipartisan and bicameral CONNECT for Health Act"
            + "|announc(?:e|ed|es|ing)\\s+the\\s+(?:re)?introduction\\s+of)\\s+(?:the|a|bipartisan)\\s+"
            // "reintroduced the bipartisan, bicameral Aviator Cancers Examination Study (ACES) Act"
            // ("reintroduced the Dr. Lorna Breen Health Care Provider Protection Reauthorization Act": a title's full stop)
            // ("introduced the bipartisan Sport Fish Restoration, Recreational Boating Safety, and Wildlife Restoration Act": commas in it)
            // ("the bipartisan Nurture Originals, Foster Art, and Keep Entertainment Safe (NO FAKES) Act": words in the parenthesis)
            + "(?:[\\w'-]+,\\s+){0,2}(?:[\\w'-]+[.,]?\\s+|\\([\\w.' -]{1,30}\\)\\s+){2,12}?act\\b"
            // "Congress reintroduces Whole Milk for Healthy Kids Act", "Bicameral Introduction of Whole Milk for Healthy Kids
            // Act": a name straight after the verb, made of words that are not the start of a phrase such as "amendments to
            // the Clean Air Act"
            // ("Applauds Introduction of \"Seniors' Access to Critical Medications Act\"": a name in quotes, "to" inside it)
            // ("Blackburn, Coons, Salazar, Dean, Colleagues Introduce \"NO FAKES Act\"")
            + "|(?<v3>introduces|introduce|reintroduces|reintroduce|(?:re)?introduction\\s+of)\\s+\"?"
            + "(?!(?:to|amendments?|changes?|rules?|provisions?)\\b)"
            + "(?:(?!(?:the|a|an|under|in|on|with)\\b)[\\w'-]+\\s+){2,10}?act\\b");
    /** "joined Sen. Klobuchar in reintroducing the bipartisan, bicameral TAKE IT DOWN Act". */
    private static final Pattern INTRODUCING = Pattern.compile("(?<![\\w-])(?:in|for|by|after)\\s+(?<v>introducing|reintroducing)\\s+"
            + "(?:[\\w'-]+,?\\s+){0,12}?(?<obj>act|bill|legislation|measure|resolution)\\b");
    /** "A House companion bill from Reps. Blake Moore and Valerie Foushee landed the same day": the Hill's word for a filing. */
    private static final Pattern COMPANION_LANDED = Pattern.compile("(?<![\\w-])companion\\s+(?:bill|legislation|measure|version)\\s+"
            + "(?:[\\w.,'-]+\\s+){0,8}?(?<v>landed|dropped)\\b");
    private static final Pattern INTRODUCED_PASSIVE = Pattern.compile("(?:bill|legislation|measure|act)\\s+(?:was|were|has\\s+been|had\\s+been)"
            + "\\s+(?:\\w+\\s+)?(?:re-)?(?<v>introduced|filed|reintroduced)\\b");
    /**
     * "Bill to place Tennessee lands into trust for EBCI introduced again": a headline's passive, its
     * "was" dropped, the participle last. Headlines only: in a sentence, "the bill she introduced" is
     * no news of a filing.
     */
    private static final Pattern HEADLINE_INTRODUCED = Pattern.compile("(?<![\\w-])(?:bill|legislation|measure|resolution|act)\\b"
            + "[^.;:]{0,120}?\\s(?:re-)?(?<v>(?:re)?introduced)(?:\\s+(?:again|today|anew|in\\s+(?:the\\s+)?(?:u\\.s\\.\\s+)?(?:house|senate|congress)))*"
            // "Companion Bill Introduced in U.S. House to Support Sustainable Offshore Aquaculture in America": what it is for, last
            + "(?:\\s+(?:to|that\\s+would|aimed\\s+at|targeting)\\s[^.;:]{1,100})?\\s*$");
    /** "A new bill introduced by Senator Ted Cruz (R-TX) seeks to ...": the participle of a bill the article calls new. */
    private static final Pattern NEW_BILL_BY = Pattern.compile("(?<![\\w-])new\\s+(?:[\\w-]+\\s+){0,2}?(?:bill|legislation|measure|resolution)\\s+"
            + "(?<v>introduced|filed|unveiled|reintroduced)\\s+(?:(?:on\\s+)?(?:today|yesterday|this\\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s+)?by\\b");
    /**
     * "under bipartisan legislation introduced Wednesday by a bipartisan group of House and Senate
     * lawmakers": a participle after the noun, dated on the news's own days.
     */
    private static final Pattern INTRODUCED_TODAY = Pattern.compile("(?:bill|legislation|measure|act|resolution|proposal)\\s+"
            + "(?<v>introduced|reintroduced|filed|unveiled)\\s+(?:on\\s+)?(?:today|yesterday|this\\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
    /** "the U.S. House Committee on Transportation and Infrastructure released the draft text for the surface transportation reauthorization bill". */
    private static final Pattern DRAFT_TEXT = Pattern.compile("(?<v>released|releases|unveiled|unveils|published|publishes|posted|posts)\\s+"
            + "(?:its\\s+|the\\s+|a\\s+)?(?:long-awaited\\s+|first\\s+)?(?:draft\\s+)?(?:bill\\s+|legislative\\s+)?text\\s+(?:of|for)\\s+"
            + "(?:[\\w'-]+\\s+){0,6}?(?<obj>bill|act|legislation|reauthorization|package)\\b");
    private static final Pattern INTRODUCED_APPOSITIVE = Pattern.compile("(?:bill|legislation|measure|act|resolution)\\s*,\\s*"
            + "(?<v>introduced|filed|reintroduced)\\s+(?:in|on|by|last|earlier)\\b");
    private static final Pattern REQUEST_SENT = Pattern.compile("(?<v>sent|submitted|transmitted|delivered)\\s+(?:[\\w$.'-]+\\s+){0,6}?"
            + "(?:package|request|proposal|message)\\s+to\\s+(?:congress|the\\s+house|the\\s+senate|lawmakers|capitol\\s+hill)"
            + "|(?<v2>submitted|sent|transmitted)\\s+to\\s+congress"
            + "|(?<v3>received)\\s+(?:the|a)\\s+(?:[\\w$.-]+\\s+){0,3}?(?:request|package)\\s+from");
    /** An introduction in both chambers at once. */
    private static final Pattern BICAMERAL = Pattern.compile("\\b(?:bicameral|(?:house|senate)\\s+and\\s+(?:the\\s+)?(?:house|senate)"
            + "|both\\s+(?:chambers|houses)(?:\\s+of\\s+congress)?)\\b");
    /**
     * "U.S. Senator Rand Paul (R-KY) and U.S. Congressman Morgan Griffith (R-VA) introduced": a senator and a
     * representative as the subject of one filing, each chamber's bill.
     */
    private static final Pattern BOTH_CHAMBERS_SPONSORS = Pattern.compile("(?:\\b(?:sen|sens|senator|senators)\\.?\\s[^;:]{1,60}?\\sand\\s+"
            + "(?:u\\.s\\.\\s+)?(?:rep|reps|representative|representatives|congressman|congresswoman)\\b"
            + "|\\b(?:rep|reps|representative|representatives|congressman|congresswoman)\\.?\\s[^;:]{1,60}?\\sand\\s+"
            + "(?:u\\.s\\.\\s+)?(?:sen|sens|senator|senators)\\b)[^;:,]{1,40}(?:\\([^)]{1,12}\\)\\s*)?(?:\\s+(?:on\\s+\\w+|today|\\w+day))?\\s*$");
    /** "jointly introduced a pair of companion bills": two bills meant to work together, in one chamber. */
    private static final Pattern PAIR_OF_BILLS = Pattern.compile("\\b(?:pair\\s+of|two|twin)\\s+(?:\\w+\\s+)?companion\\s+(?:bills|measures|pieces)\\b");
    private static final Pattern COMPANION_WORD =
            Pattern.compile("\\b(?:companion|identical|counterpart|sister|same\\s+(?:bill|legislation|measure))\\b");

    private static final Pattern COSPONSOR = Pattern.compile("(?<v>co-?sponsored\\s+by"
            + "|(?:is|are|was|were|has\\s+been|have\\s+been)\\s+co-?sponsoring"
            + "|(?:signed\\s+on|joined|added|listed|came\\s+on)\\s+as\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?co-?sponsor"
            + "|(?:said|says|posted|announced|wrote|pledged|confirmed|tweeted)\\s+(?:on\\s+x\\s+)?(?:that\\s+)?(?:she|he|they)\\s+(?:would|will)\\s+(?:be\\s+an?\\s+)?co-?sponsor"
            // "Senators Lisa Murkowski, Mitch McConnell, Jerry Moran and Thom Tillis announced their co-sponsorship of the bill"
            + "|(?:pledged|announced|announces|declared)\\s+(?:(?:their|his|her)\\s+)?co-?sponsorship|(?:became|becomes)\\s+(?:an?\\s+|the\\s+)(?:\\w+\\s+)?co-?sponsor\\b"
            // "With the addition of a 60th cosponsor": a numbered cosponsor is one who just joined.
            + "|(?:addition\\s+of|added|adds|gained|gains|secured|secures|reached|reaches|welcomed|welcomes)\\s+(?:a|an|its|the|their)\\s+"
            + "\\d+(?:st|nd|rd|th)\\s+co-?sponsor\\b"
            // "'No Secret Police Act' Reaches 100 Cosponsors in the House": a count that is reached has just grown
            + "|(?:reached|reaches|hits|hit|tops|topped|surpassed|surpasses|passed\\s+the)\\s+(?:\\d+|\\w+\\s+hundred)\\s+co-?sponsors\\b"
            // "Senators Katie Britt and Tommy Tuberville have both signed onto new legislation"
            + "|signed\\s+onto)");

    private static final Pattern SIGNED = Pattern.compile("(?<![\\w-])(?<v>signed|signs|inked|inks)\\s+(?!on\\b|onto\\b|up\\b|off\\b)(?<obj>(?:[\\w'.$()-]+\\s+){0,10}?)"
            // ("passed signs set up by Florida law enforcement": road signs, not a signing; "signed Sen. John Kennedy's (R-La.)
            // joint resolution": a member's party and state on the way)
            + "(?:into\\s+law|bills?|acts?|legislation|measures?|packages?|law(?!\\s+enforcement)|resolutions?|h\\.?\\s?r\\.?\\s?\\d+)\\b");
    /** "Applauds Presidential Signing of the TAKE IT DOWN Act Into Law": the signing as a noun. */
    private static final Pattern SIGNING_NOUN = Pattern.compile("(?<![\\w-])(?<v>signing)\\s+of\\s+(?:the\\s+)?(?:[\\w'.$-]+\\s+){0,8}?"
            + "(?:act|bill|legislation|measure|package|h\\.?\\s?r\\.?\\s?\\d+)\\s+into\\s+law\\b");
    private static final Pattern NOT_A_BILL = Pattern.compile("\\b(?:executive|order|orders|letter|proclamation|memorandum|petition"
            + "|pledge|agreement|deal|treaty|waiver|contract|card|autograph)\\b");
    private static final Pattern VETOED = Pattern.compile("(?<![\\w-])(?<v>vetoed|vetoes|(?:issued|issues)\\s+(?:a|his|her)\\s+veto"
            + "|decided\\s+to\\s+veto)\\b(?!\\s+threat)");
    private static final Pattern BECAME_LAW = Pattern.compile("(?<v>(?:became|becomes|has\\s+become|is\\s+now)\\s+(?:public\\s+)?law"
            + "|overr(?:ode|ides|idden)\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+)?(?:presidential\\s+)?veto"
            + "|enacted\\s+(?:without|over))\\b");
    private static final Pattern OFFICIAL = Pattern.compile("(?<v>statement\\s+of\\s+administration\\s+policy"
            + "|(?:white\\s+house|administration|omb|office\\s+of\\s+management\\s+and\\s+budget|department|agency)"
            + "\\s+(?:\\w+\\s+){0,3}?(?:issued|released)\\s+(?:a\\s+)?(?:formal\\s+|written\\s+|official\\s+)?statement"
            + "|(?:threatened|threatens)\\s+(?:to\\s+)?veto|(?:issued|issues)\\s+a\\s+veto\\s+threat)\\b");

    private static final Pattern TO_PRESIDENT = Pattern.compile("(?<v>(?:sending|sends|send|sent|heads|heading|headed|goes|going|went|moves|moving"
            + "|proceeding|proceeds|is\\s+on\\s+its\\s+way)\\s+(?:it\\s+|this\\s+|(?:[\\w$.'-]+,?\\s+){0,6}?"
            + "(?:bill|measure|legislation|package|act|program|plan|proposal|resolution|repeal)\\s+(?:(?:for|of|on)\\s+(?:[\\w$.'-]+\\s+){0,4}?)?)?"
            + "(?:now\\s+)?to\\s+(?:the\\s+)?(?:desk\\s+of\\s+(?:the\\s+)?)?(?:president|(?:president\\s+)?(?:donald\\s+)?(?:trump|biden)|white\\s+house)"
            + "|(?:now\\s+)?awaits\\s+(?:the\\s+|a\\s+)?(?:president(?:'s)?|(?:president\\s+)?(?:donald\\s+)?(?:trump|biden)(?:'s)?)\\s+signature"
            + "|clear(?:ing|ed|s)\\s+(?:it|the\\s+(?:\\w+\\s+){0,2}?(?:bill|measure|legislation|package))\\s+for\\s+(?:the\\s+)?"
            + "(?:president(?:'s)?|(?:president\\s+)?(?:donald\\s+)?(?:trump|biden)(?:'s)?)\\s+(?:signature|desk)"
            + "|cleared\\s+congress|passed\\s+both\\s+(?:chambers|houses)"
            + "|(?:congress|lawmakers)\\s+(?:gave|has\\s+given|have\\s+given)\\s+(?:its\\s+|their\\s+)?final\\s+approval)");

    /** "Congress approves measure to overturn ...", "Congress repeals plan": both chambers have acted (not "a law Congress passed"). */
    private static final Pattern CONGRESS_PASSED = Pattern.compile("(?<![\\w-])(?<!law\\s)(?<!laws\\s)(?<!that\\s)(?<!which\\s)(?<v>congress)\\s+(?:has\\s+|have\\s+|formally\\s+|finally\\s+)?"
            + "(?:passes|passed|approves|approved|repeals|repealed|overturns|overturned|clears|cleared|rescinds|rescinded)\\b");
    // ("the July 4-5 floods": a month's days are no tally; the lookahead first, so the month lookbehind is tried only before
    // a digit: tried at every position it had been a tenth of the pipeline's time)
    private static final Pattern TALLY = Pattern.compile("(?=\\d)(?<![\\d.$])(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?\\s)"
            + "(\\d{1,3})\\s?(?:-|-to-|\\s+to\\s+)\\s?(\\d{1,3})(?![\\d%])");
    private static final Pattern BILL_CITE = Pattern.compile("(?<![\\w.])(h\\.?\\s?r\\.?|h\\.?\\s?res\\.?|h\\.?\\s?j\\.?\\s?res\\.?"
            + "|h\\.?\\s?con\\.?\\s?res\\.?|s\\.?\\s?res\\.?|s\\.?\\s?j\\.?\\s?res\\.?|s\\.?\\s?con\\.?\\s?res\\.?|s\\.)\\s?(\\d{1,5})\\b");
    private static final Pattern OTHER_BILL_WORDS =
            Pattern.compile("\\b(?:another|separate|different|unrelated|other)\\s+(?:bill|measure|legislation|resolution)\\b"
            // "Of the 12 annual appropriations bills, three are law ... and two more have passed the House": a roundup
            + "|^\\W*of\\s+the\\s+\\w+\\s+(?:[\\w-]+\\s+){0,2}?(?:bills|measures)\\s*,");

    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:if|unless|once|would|could|should|might|will|can|must|shall"
            + "|expected|expects|set\\s+to|poised|(?:plans?|planned|planning|aims?|aimed|hopes?|hoped|seeks?|seeking|wants?|wanted"
            + "|intends?|intended)\\s+to|likely|scheduled"
            + "|urge[sd]?|urging|encourage[sd]?|encouraging|ensure[sd]?|ensuring|calls?\\s+on|called\\s+on|asked|asks|ready\\s+to|prepared\\s+to|needs?\\s+to|is\\s+to|are\\s+to|going\\s+to"
            + "|whether|not|never|didn't|don't|doesn't|hasn't|haven't|yet\\s+to|before|until|in\\s+order\\s+to|try|tries|trying|attempt\\w*"
            + "|vowed?|promised?|threatens?|threatened|wo|won't|ll|(?<!on\\s)to\\s+become|needed|ahead\\s+of|awaiting"
            // "one step closer to being introduced in Congress and potentially signed into law"
            + "|potentially|possibly"
            // "said the committee was recommending that the House pass it"
            + "|recommend|recommends|recommended|recommending"
            // "working with lawmakers ... to get this legislation signed into law"
            + "|to\\s+get|to\\s+getting"
            + "|(?:committed|dedicated|look(?:ing)?\\s+forward)\\s+to|see|seeing|optimistic|hopeful"
            // the modal, not the month: "This bill may have passed the House by the time you read this"
            + "|may\\s+(?:have|be|soon|well|still|yet))\\b");
    /** "I would like to welcome everyone to this morning's full committee markup": a courtesy, not a wish. */
    private static final Pattern COURTESY = Pattern.compile("\\bwould\\s+like\\s+to\\s+(?:welcome|thank|recognize|acknowledge|congratulate)\\b");
    private static final Pattern LEADING_CONDITION = Pattern.compile("^\\W*(?:if|unless)\\b");
    private static final Pattern EITHER = Pattern.compile("\\beither\\b");
    /** "spoke on the Senate floor in favor of the act, after which the Senate unanimously passed the bill": what followed, not the past. */
    private static final Pattern AFTER_WHICH = Pattern.compile("\\b(?:after|following)\\s+which\\b");
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|unless)\\b");
    /** "The resolution, when signed into law by President Trump, will reverse ...": a step with no subject of its own after "when" is to come. */
    private static final Pattern WHEN_DONE = Pattern.compile("\\b(?:when|once|if|unless|until)\\s*$");
    /** "took aim at South Africa's newly signed Expropriation Act": a participle before a name, done before now. */
    private static final Pattern JUST_DONE = Pattern.compile("\\b(?:newly|recently)\\s*$");
    /** "Newly introduced legislation aims to make it easier to export energy": the filing is the news. */
    private static final Pattern NEWLY_INTRODUCED = Pattern.compile(".{0,8}?\\bnewly\\s+(?:re)?introduced\\b");
    /** "crossed its first legislative hurdle on Wednesday when it passed the ... Committee": the news's own day, not an earlier time. */
    private static final Pattern NEWS_DAY_WHEN = Pattern.compile("\\b(?:today|yesterday|tonight|this\\s+(?:week|morning|afternoon|evening)"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s*,?\\s+when\\b");
    /** "I look forward to seeing this commonsense, bipartisan bill passed in the Senate": a wish, across the commas of the bill's description. */
    private static final Pattern TO_SEEING = Pattern.compile("\\b(?:forward|committed|dedicated|hope|hopes|want|wants|eager)\\s+to\\s+(?:seeing|see)\\b[^.;:]*$");
    /** "Sen. Sheehy today joined Sens. Curtis, Hickenlooper and Padilla to introduce ...": done, not planned. */
    // ("has teamed up with Sen. Peter Welch, D-Vt., to introduce the Higher Wages for American Workers Act")
    private static final Pattern JOINED_TO = Pattern.compile("\\b(?:joined|teamed\\s+up|teams\\s+up|partnered|partners)\\s+[^;:]{0,160}\\bto\\s*$");
    /** "led 60 of their colleagues in a bipartisan effort to reintroduce the ... Act": the filing they led, done. */
    private static final Pattern LED_EFFORT_TO = Pattern.compile("\\bled\\s+[^;:]{0,160}\\b(?:effort|push|bid|charge)\\s+to\\s*$");
    private static final Pattern FILING_VERB = Pattern.compile("(?:re)?introduc");
    private static final Pattern BACKGROUND = Pattern.compile("\\b(?:had|already|previously|earlier(?!\\s+(?:today|this\\s+(?:morning|afternoon|evening)))"
            // "released the following statements after the Committee reported out": the press-release idiom, not a time
            + "|originally|after|since|following(?!\\s+(?:statements?|remarks|comments?|letter)\\b)|when"
            + "|last\\s+(?:week|month|year|spring|summer|fall|autumn|winter|session|congress)|ago)\\b");
    /** A sentence that opens on a past time ("Last summer, the committee reported ..."). */
    private static final Pattern LEADING_PAST = Pattern.compile("^\\W*(?:last\\s+(?:week|month|year|spring|summer|fall|autumn|winter|session|congress)"
            + "|earlier\\s+this\\s+(?:year|month|week)|\\w+\\s+(?:years?|months?|weeks?)\\s+ago)\\s*,");
    /**
     * The start of a clause of its own after a step's verb and object: a relative clause, or one with
     * its own subject ("passed a resolution honoring Kirk after he was shot ... last week"), or a
     * participle or chamber of its own ("passed ... by unanimous consent late Thursday after being passed
     * unanimously by the House earlier this month": the month dates the House's vote).
     */
    private static final Pattern RELATIVE_AFTER = Pattern.compile("\\s(?:that|which|who|whom|whose)\\s"
            + "|\\s(?:after|before|when|because|since|as)\\s+(?:he|she|they|we)\\s"
            + "|\\s(?:after|before)\\s+(?:being|having|it\\s+(?:was|had)|the\\s+(?:house|senate))\\s");
    /** "Earlier this year, the House passed the bill and this week the Senate followed suit": a later clause back in the news. */
    private static final Pattern NEWS_TIME_SINCE = Pattern.compile("\\b(?:and|but|while)\\s+(?:then\\s+)?(?:this\\s+(?:week|morning|afternoon)"
            + "|today|yesterday|tonight|now|(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
    /** "The House of Representatives and Senate have passed": both chambers are the subject. */
    private static final Pattern BOTH_CHAMBERS_BEFORE = Pattern.compile("\\b(?:house(?:\\s+of\\s+representatives)?|senate)\\s+and\\s+$");
    private static final Pattern REACTION_AFTER = Pattern.compile("\\b(?:statement|statements|remarks)\\s+after\\b");
    private static final Pattern AFTER_TIME = Pattern.compile("\\b(?:last\\s+(?:week|month|year|spring|summer|fall|autumn|winter"
            + "|january|february|march|april|may|june|july|august|september|october|november|december)"
            + "|earlier\\s+(?:this|that|in\\s+the)\\s+(?:year|month|week|spring|summer)|years?\\s+ago|months?\\s+ago|weeks?\\s+ago"
            + "|first\\s+time\\s+around"
            // "who became a co-sponsor of the legislation when it was reintroduced in this Congress": at the filing, before now
            + "|when\\s+(?:it|the\\s+(?:bill|legislation|measure|resolution))\\s+was\\s+(?:first\\s+)?(?:re)?introduced)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!through\\s)(?<!until\\s)(?<!by\\s)(?<!before\\s)(?<!since\\s)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            // ("on March 15,2022": the year after the comma without a space)
            + "[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:(?:,?\\s+|,)((?:19|20)\\d\\d))?");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|since|during)\\s+(?:early\\s+|late\\s+|mid-?)?(january|february|march|april|may|june|july"
            + "|august|september|october|november|december)\\b(?:\\s+((?:19|20)\\d\\d))?");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|during|of)\\s+((?:19|20)\\d\\d)\\b");

    /** Who sponsors: a member's title, "in the Senate", a Senate number, or a chamber's own ("House Financial Services Committee leaders"). */
    private static final String CHAMBER_GROUP = "\\s+(?:[\\w&'-]+\\s+){0,3}?(?:committee|panel|republicans|democrats|lawmakers|leaders)\\b";
    private static final Pattern SENATE_TITLE = Pattern.compile("\\b(?:sen|sens|senator|senators)\\b|\\bin\\s+the\\s+senate\\b|\\bs\\.\\s?\\d"
            + "|\\bsenate" + CHAMBER_GROUP);
    private static final Pattern HOUSE_TITLE = Pattern.compile("\\b(?:rep|reps|representative|representatives|congressman|congresswoman|congressmen)\\b"
            + "|\\bin\\s+the\\s+house\\b|\\bh\\.?\\s?r\\.?\\s?\\d|(?<!white\\s)\\bhouse" + CHAMBER_GROUP);
    private static final Pattern IN_CHAMBER = Pattern.compile("\\bin\\s+the\\s+(?:u\\.?s\\.?\\s+)?(house|senate)\\b");
    /** "Senate introduction of", "House reintroduces": the chamber as the modifier of the verb or noun. */
    // ("under a bipartisan Senate bill introduced Wednesday": the bill's chamber before its participle)
    private static final Pattern CHAMBER_BEFORE = Pattern.compile("(?<![\\w-])(?<!white\\s)(house|senate)\\s+"
            + "(?:(?:bill|measure|legislation|version|resolution)\\s+)?$");
    private static final Pattern PARTY_GAP = Pattern.compile("^(?:democrats|republicans|gop|conservatives|progressives|moderates)\\b");
    /** "A House committee has passed a resolution for the chamber to consider a bill": a rule, whatever the committee's name. */
    private static final Pattern RULE_RESOLUTION = Pattern.compile("^\\s+(?:a|the)\\s+(?:rule|resolution)\\s+(?:for\\s+the\\s+(?:chamber|house)"
            + "|providing\\s+for|to\\s+(?:consider|bring|allow|set\\s+up))\\b");
    private static final Pattern TITLE_WORDS = Pattern.compile("\\b(?:leader|speaker|whip|chair|chairman|chairwoman|committee|panel|subcommittee"
            + "|minority|majority|member|caucus|aide|aides|staff|candidate|seat|race|district|floor\\s+debate)\\b");

    private static final Pattern HR_CITE = Pattern.compile("\\bhr\\s?(\\d{1,5})\\b");
    private static final Pattern HOUSE_WORD = Pattern.compile("(?<!white )\\bhouse\\b");

    /**
     * Words (lower case) at least one of which every match of the pattern contains. A sentence with
     * none of them cannot match, and most sentences name no chamber, committee or bill action, so
     * this check spares running two dozen patterns over them; it never changes what is found.
     */
    private static final Map<Pattern, List<String>> NEEDS = needs();

    private static Map<Pattern, List<String>> needs() {
        Map<Pattern, List<String>> m = new HashMap<>();
        List<String> chamber = List.of("house", "senat", "chamber");
        for (Pattern p : List.of(PASS_SUBJECT, PASS_OBJECT, PASS_WON, PASS_UNDO, PASS_NOUN, FLOOR_SUBJECT, FAIL_SUBJECT, FAIL_OBJECT, FAIL_MAJORITY)) {
            m.put(p, chamber);
        }
        m.put(FLOOR_NOUN, List.of("procedural", "cloture", "test"));
        m.put(PASS_TALLY, List.of("passed", "approved"));
        m.put(FLOOR_HURDLE, List.of("procedural", "cloture", "test"));
        m.put(FAIL_SHORT, List.of("short"));
        m.put(FLOOR_TIE, List.of("tie"));
        m.put(FAIL_TIE, List.of("tie"));
        m.put(DISCHARGED, List.of("218"));
        m.put(FAIL_NOUN, List.of("failed", "defeated", "rejected", "voted down"));
        List<String> committee = List.of("committee", "panel");
        for (Pattern p : List.of(COMMITTEE_NOUN, COMMITTEE_OBJECT, COMMITTEE_CLEARED, COMMITTEE_FOR, COMMITTEE_THROUGH,
                COMMITTEE_VOTING)) {
            m.put(p, committee);
        }
        m.put(MARKUP_CLEARED, List.of("markup"));
        m.put(MARKUP_HELD, List.of("markup"));
        m.put(COMMITTEE_SUBJECT, List.of("committee", "panel", "svac", "sasc", "hasc", "sfrc", "hfac", "hsgac", "hfsc"));
        List<String> introduced = List.of("introduc", "file", "unveil", "reviv", "roll");
        for (Pattern p : List.of(INTRODUCED, INTRODUCING, INTRODUCED_PASSIVE, INTRODUCED_APPOSITIVE, INTRODUCED_TODAY, NEW_BILL_BY,
                HEADLINE_INTRODUCED)) {
            m.put(p, introduced);
        }
        m.put(COMPANION_LANDED, List.of("companion"));
        m.put(DRAFT_TEXT, List.of("text"));
        m.put(REQUEST_SENT, List.of("sent", "submitted", "transmitted", "delivered", "received"));
        m.put(COSPONSOR, List.of("sponsor", "signed onto"));
        m.put(PASS_FOLLOWED, List.of("followed"));
        m.put(SIGNED, List.of("sign", "ink"));
        m.put(SIGNING_NOUN, List.of("signing"));
        m.put(VETOED, List.of("veto"));
        m.put(BECAME_LAW, List.of("law", "overr", "enacted"));
        m.put(OFFICIAL, List.of("statement", "veto"));
        m.put(CONGRESS_PASSED, List.of("congress"));
        m.put(TO_PRESIDENT, List.of("president", "trump", "biden", "white", "signature", "congress", "both", "final"));
        return Map.copyOf(m);
    }

    /** Matches nothing, and its matcher is cheap to make: a pattern's own matcher allocates room for all its groups. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    /** A matcher over {@code s}, or one that finds nothing when {@code s} lacks the pattern's words. */
    private static Matcher matcher(Pattern p, String s) {
        for (String w : NEEDS.get(p)) {
            if (s.contains(w)) {
                return p.matcher(s);
            }
        }
        return NOTHING.matcher("");
    }

    /** Confidence below which a mention is not used as a development. */
    static final double MIN_CONFIDENCE = 0.5;

    /**
     * The stage mentions of an article, title first (sentence index -1), then in text order.
     *
     * @param published the article's publication day, to tell background dates from news
     * @param subjectBills the bills the article or its story is about ({@code hr6508-119} or
     *     {@code hr6508}); a mention that cites only other bills reads {@code OTHER_BILL}
     */
    public List<StageMention> classify(String title, String text, LocalDate published, Collection<String> subjectBills) {
        return classify(title, text, Sentences.split(text), published, subjectBills);
    }

    /** {@link #classify(String, String, LocalDate, Collection)} of a text already split into {@code sentences}. */
    List<StageMention> classify(String title, String text, List<String> sentences, LocalDate published, Collection<String> subjectBills) {
        Set<String> subjects = new TreeSet<>();
        if (subjectBills != null) {
            for (String b : subjectBills) {
                if (b != null) {
                    subjects.add(stripCongress(b));
                }
            }
        }
        Last last = this.last;
        if (last != null && last.title == title && last.text == text && last.published.equals(published) && last.subjects.equals(subjects)) {
            return last.mentions;
        }
        List<StageMention> mentions = List.copyOf(read(title, text, sentences, published, subjects));
        this.last = new Last(title, text, published, subjects, mentions);
        return mentions;
    }

    /**
     * The last article read and its mentions: the pipeline asks about one article up to four times
     * (where it belongs, then what it adds), mostly with the same subject bills. Matched by the
     * identity of its title and text, so a text of the same words in another article is read again;
     * immutable, so a classifier shared by threads sees a whole entry or none.
     */
    private record Last(String title, String text, LocalDate published, Set<String> subjects, List<StageMention> mentions) {}

    private volatile Last last;

    private List<StageMention> read(String title, String text, List<String> sentences, LocalDate published, Set<String> subjects) {
        List<StageMention> out = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            out.addAll(classifySentence(title.strip(), -1, published, subjects, 0.9));
        }
        // A headline that cites its bill ("House Recap: H.R. 35 Passes") says what the article is about: a
        // sentence that cites only other bills ("The Senate passed S. 32") reports those, even when the
        // story has taken them in.
        List<String> titleBills = title == null ? List.of() : citedBills(title);
        Set<String> bodySubjects = titleBills.isEmpty() ? subjects : new TreeSet<>(titleBills);
        List<StageMention> body = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            body.addAll(classifySentence(sentences.get(i), i, published, bodySubjects, 1.0));
        }
        out.addAll(attachPresidentCues(body));
        // Article-level readings, each over the mentions the one before left.
        List<StageMention> read = leadSponsorsChamber(attachTitleCue(out), sentences);
        read = sponsorsInBothChambers(read, sentences);
        read = committeeLead(headlineCommittee(read));
        read = otherChambersMeasure(advancedIsPassed(governorsDesk(read, title, text)));
        read = anotherBillsPassage(shortOfTwoThirds(read, title, text));
        return stateHeadline(title, text, formerPresidents(read, published));
    }

    /** "is being sponsored by Reps. Darin LaHood, R-Illinois, and Josh Gottheimer": who filed the bill, by their title. */
    private static final Pattern SPONSORED_BY = Pattern.compile("\\b(?:sponsored|introduced|led|authored|written|filed)\\s+by\\s+"
            + "(?:(?<house>reps?\\.|representatives?|congress(?:wo)?m[ae]n)|(?<senate>sens?\\.|senators?))\\s");

    /**
     * "After bipartisan legislation was introduced to stop DeepSeek ..., President Donald Trump called
     * it ...", then "The bill ... is being sponsored by Reps. Darin LaHood ... and Josh Gottheimer": an
     * introduction in the lead that names no chamber was in the chamber of the sponsors the next
     * sentences name, when they are of one chamber. A later filing in the other chamber is then its
     * companion.
     */
    private static List<StageMention> leadSponsorsChamber(List<StageMention> mentions, List<String> sentences) {
        StageMention lead = null;
        for (StageMention m : mentions) {
            if (m.stage() == Stage.INTRODUCED && m.chamber() == null && m.sentenceIndex() >= 0 && m.sentenceIndex() <= LEAD_END) {
                lead = m;
                break;
            }
        }
        if (lead == null) {
            return mentions;
        }
        Chamber chamber = null;
        for (int i = lead.sentenceIndex(); i < Math.min(sentences.size(), lead.sentenceIndex() + 3); i++) {
            Matcher by = SPONSORED_BY.matcher(normalise(sentences.get(i)));
            if (by.find()) {
                chamber = by.group("house") != null ? Chamber.HOUSE : Chamber.SENATE;
                break;
            }
        }
        if (chamber == null) {
            return mentions;
        }
        List<StageMention> out = new ArrayList<>(mentions.size());
        for (StageMention m : mentions) {
            out.add(m == lead ? m.withChamber(chamber) : m);
        }
        return out;
    }

    private static final Pattern CHAMBER_WORD = Pattern.compile("\\b(?:house|senate)\\b");
    private static final Pattern FEDERAL_WORDS = Pattern.compile("\\b(?:congress|congressional|capitol\\s+hill|u\\.s\\.\\s+(?:house|senate))\\b");

    /**
     * "Texas House Approves Youth Camp Safety, Flood Relief Bills", then "House lawmakers approved six
     * bills Aug. 21": under a headline whose chamber is a state's, and in an article that never names
     * Congress, the steps the text tells are the state legislature's.
     */
    private static List<StageMention> stateHeadline(String title, String text, List<StageMention> mentions) {
        if (title == null || mentions.isEmpty()) {
            return mentions;
        }
        String t = normalise(title);
        boolean state = false;
        for (Matcher m = CHAMBER_WORD.matcher(t); m.find() && !state; ) {
            state = stateChamber(title, t, m.start());
        }
        if (!state || FEDERAL_WORDS.matcher(t).find() || FEDERAL_WORDS.matcher(normalise(text)).find()) {
            return mentions;
        }
        List<StageMention> out = new ArrayList<>(mentions.size());
        for (StageMention m : mentions) {
            out.add(m.sentenceIndex() >= 0 && m.reading() != Reading.OTHER_BILL
                    ? m.withReading(Reading.OTHER_BILL)
                    : m);
        }
        return out;
    }

    /** A president by name, or by name as the subject of a signing or a veto ("Biden vetoed it"). */
    private static final Pattern NAMED_PRESIDENT = Pattern.compile("\\bpresident\\s+(?:(?:joe|joseph|r\\.|barack|donald|j\\.|george|w\\.|h\\.|bill"
            + "|william)\\s+){0,3}(?<name>biden|obama|trump|bush|clinton)\\b|\\b(?<name2>biden|obama|trump|bush|clinton)\\s+(?:vetoed|vetoes|signed|signs)\\b");

    /** Whether the president of that name was out of office on {@code day} (Trump between his terms). */
    static boolean formerPresident(String name, LocalDate day) {
        return switch (name) {
            case "biden" -> day.isAfter(LocalDate.of(2025, 1, 20));
            case "obama" -> day.isAfter(LocalDate.of(2017, 1, 20));
            case "bush" -> day.isAfter(LocalDate.of(2009, 1, 20));
            case "clinton" -> day.isAfter(LocalDate.of(2001, 1, 20));
            case "trump" -> day.isAfter(LocalDate.of(2021, 1, 20)) && !day.isAfter(LocalDate.of(2025, 1, 20));
            default -> false;
        };
    }

    /**
     * "However, after President Joe Biden vetoed the resolution, House Republicans failed to override
     * the veto", in a 2025 article: a sentence whose signing or veto is by a president no longer in
     * office tells of an earlier Congress, and so does every step it tells.
     */
    private static List<StageMention> formerPresidents(List<StageMention> mentions, LocalDate published) {
        Set<Integer> former = new java.util.HashSet<>();
        for (StageMention m : mentions) {
            if ((m.stage() == Stage.SIGNED || m.stage() == Stage.VETOED) && !m.sentences().isEmpty()) {
                Matcher p = NAMED_PRESIDENT.matcher(normalise(m.sentences().get(0)));
                while (p.find()) {
                    if (formerPresident(p.group("name") != null ? p.group("name") : p.group("name2"), published)) {
                        former.add(m.sentenceIndex());
                        break;
                    }
                }
            }
        }
        if (former.isEmpty()) {
            return mentions;
        }
        List<StageMention> out = new ArrayList<>(mentions.size());
        for (StageMention m : mentions) {
            out.add(former.contains(m.sentenceIndex()) && m.reading() == Reading.REPORTED
                    ? m.withReading(Reading.BACKGROUND)
                    : m);
        }
        return out;
    }

    /** "Sens. Rick Scott and Mike Lee are leading the effort in the Senate, with Rep. Greg Steube spearheading the legislation in the House." */
    private static final Pattern SPONSORS_BOTH = Pattern.compile("\\b(?:leading|leads|led|spearhead\\w*|sponsor\\w*|champion\\w*|carrying)\\b"
            + "[^;]*\\bin\\s+the\\s+(?:senate|house)\\b[^;]*\\bin\\s+the\\s+(?:senate|house|lower\\s+chamber|upper\\s+chamber)\\b");

    /**
     * An article that leads with an introduction no chamber is given for ("Congressional Republicans
     * on Friday introduced legislation to rename the Department of Defense") and then names its
     * sponsors in each chamber tells of the bill and its companion, as "introduced in the House and
     * Senate" would.
     */
    private static List<StageMention> sponsorsInBothChambers(List<StageMention> mentions, List<String> sentences) {
        boolean lead = mentions.stream().anyMatch(m -> m.stage() == Stage.INTRODUCED && m.chamber() == null
                && m.reading() == Reading.REPORTED && m.sentenceIndex() <= LEAD_END);
        boolean companion = mentions.stream().anyMatch(m -> m.stage() == Stage.COMPANION_FILED);
        if (!lead || companion) {
            return mentions;
        }
        for (int i = 0; i < sentences.size(); i++) {
            String s = normalise(sentences.get(i));
            Matcher m = SPONSORS_BOTH.matcher(s);
            if (m.find() && s.contains("senate") && s.contains("house")) {
                List<StageMention> out = new ArrayList<>(mentions);
                out.add(new StageMention(Stage.COMPANION_FILED, null, Reading.REPORTED, 0.8, i, List.of(sentences.get(i)),
                        null, false, citedBills(sentences.get(i))));
                return out;
            }
        }
        return mentions;
    }

    /**
     * "voted first on the Streamlining Federal Cybersecurity Regulations Act, a bill co-sponsored by committee Chair Gary
     * Peters": a bill described by its sponsors in apposition, no news of their support.
     */
    private static final Pattern BILL_DESCRIBED = Pattern.compile(",\\s+an?\\s+(?:[\\w-]+\\s+){0,2}?(?:bill|measure|resolution|proposal)\\s+$");

    /** A cosponsor list ("The bill is cosponsored by ..."), as against a member who joins ("signed on as a cosponsor"). */
    private static final Pattern COSPONSOR_LIST = Pattern.compile("co-?sponsored\\s+by|co-?sponsoring");
    private static final Pattern COSPONSOR_JOINS = Pattern.compile("\\b(?:signed\\s+on|joined|added|adds|came\\s+on|became|becomes"
            + "|pledged|gained|gains|secured|secures|reached|reaches|welcomed|welcomes|addition\\s+of|(?:would|will)\\s+(?:be\\s+an?\\s+)?co-?sponsor)\\b");

    /**
     * Whether {@code sentence} lists a bill's cosponsors ("The bill is cosponsored by Reps. Bera and
     * Kim") rather than tells of a member joining them ("signed on as a cosponsor", "became the 60th
     * cosponsor", "said she would cosponsor").
     */
    static boolean isCosponsorList(String sentence) {
        String s = normalise(sentence);
        return COSPONSOR_LIST.matcher(s).find() && !COSPONSOR_JOINS.matcher(s).find();
    }

    /**
     * "The House and Senate approved a bill to award Willie O'Ree the Congressional Gold Medal, and
     * President Joe Biden signed it into law Jan. 31, 2022": when a sentence's signing, veto or
     * enactment is an earlier Congress's bill, so are the passages it tells on the way there (the
     * date comes once, after the last step).
     */
    private static List<StageMention> anotherBillsPassage(List<StageMention> mentions) {
        Set<Integer> otherEnds = new java.util.HashSet<>();
        for (StageMention m : mentions) {
            if ((m.stage() == Stage.SIGNED || m.stage() == Stage.VETOED || m.stage() == Stage.BECAME_LAW)
                    && m.reading() == Reading.OTHER_BILL) {
                otherEnds.add(m.sentenceIndex());
            }
        }
        if (otherEnds.isEmpty()) {
            return mentions;
        }
        List<StageMention> out = new ArrayList<>(mentions.size());
        for (StageMention m : mentions) {
            boolean passage = m.stage() == Stage.PASSED_HOUSE || m.stage() == Stage.PASSED_SENATE || m.stage() == Stage.CLEARED_CONGRESS;
            if (passage && otherEnds.contains(m.sentenceIndex()) && m.reading() != Reading.OTHER_BILL) {
                out.add(m.withReading(Reading.OTHER_BILL));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** "could receive the required two-thirds vote needed to override a veto", "the two-thirds majority it would need to become veto-proof". */
    private static final Pattern OVERRIDE_TO_COME = Pattern.compile("(?i)\\b(?:override|overrid\\w+|veto-proof)\\b");
    private static final Pattern MAY_COME = Pattern.compile("(?i)\\b(?:could|would|will|might|unlikely|if|enough)\\b");

    /**
     * Whether {@code sentence} says a vote needed two thirds: it names two thirds (or suspension of
     * the rules), and not as what a veto override to come would take.
     */
    private static boolean neededTwoThirds(String sentence) {
        if (sentence == null || !TWO_THIRDS.matcher(sentence).find()) {
            return false;
        }
        return !(OVERRIDE_TO_COME.matcher(sentence).find() && MAY_COME.matcher(sentence).find());
    }

    private static final Pattern TWO_THIRDS = Pattern.compile("(?i)\\btwo-thirds\\b|\\b2/3\\b|\\bsuspension\\s+of\\s+the\\s+rules\\b");

    /**
     * "The House voted to approve the bill 264 to 133", in an article that says the vote needed two
     * thirds (a bill under suspension of the rules, a veto override): a majority short of two thirds
     * is a failed vote, not a passage.
     */
    private static List<StageMention> shortOfTwoThirds(List<StageMention> mentions, String title, String text) {
        if (!TWO_THIRDS.matcher(text).find() && (title == null || !TWO_THIRDS.matcher(title).find())) {
            return mentions;
        }
        if (!neededTwoThirds(title) && Sentences.split(text).stream().noneMatch(StageClassifier::neededTwoThirds)) {
            return mentions; // two thirds only for an override that may come ("could receive the two-thirds vote needed to override a veto")
        }
        List<StageMention> out = new ArrayList<>(mentions.size());
        for (StageMention m : mentions) {
            if ((m.stage() == Stage.PASSED_HOUSE || m.stage() == Stage.PASSED_SENATE) && m.tally() != null) {
                String[] votes = m.tally().split("-");
                int yes = Integer.parseInt(votes[0]);
                int no = Integer.parseInt(votes[1]);
                if (3 * yes < 2 * (yes + no)) {
                    out.add(m.asStage(Stage.FLOOR_VOTE_FAILED));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private static final Pattern PROCEDURE_WORDS = Pattern.compile("\\b(?:procedural|cloture|motion|rule|hurdle|debate|filibuster|proceed"
            + "|test\\s+vote|discharge|tie-?break\\w*)");

    /**
     * "The House voted Tuesday to advance a continuing resolution" in an article that reports the
     * House passing it is the passage in other words, not a procedural vote: a bare "advanced" by a
     * chamber whose passage the article reports (as news or as "last week"), with no procedural word
     * beside it, is dropped.
     */
    private static List<StageMention> advancedIsPassed(List<StageMention> mentions) {
        Set<Chamber> passed = new java.util.HashSet<>();
        for (StageMention m : mentions) {
            if ((m.stage() == Stage.PASSED_HOUSE || m.stage() == Stage.PASSED_SENATE)
                    && (m.reading() == Reading.REPORTED || m.reading() == Reading.BACKGROUND)) {
                passed.add(m.chamber());
            }
        }
        if (passed.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .filter(m -> m.stage() != Stage.FLOOR_VOTE || m.chamber() == null || !passed.contains(m.chamber())
                        || m.sentences().stream().anyMatch(x -> PROCEDURE_WORDS.matcher(normalise(x)).find()))
                .toList();
    }

    private static final Pattern HOUSE_MEASURE = Pattern.compile("^h(?:r|jres|conres)\\d+$");
    private static final Pattern SENATE_MEASURE = Pattern.compile("^s(?:jres|conres)?\\d+$");
    private static final Pattern AMEND_WORD = Pattern.compile("\\bamend");

    /**
     * "before voting to pass H.J. Res. 131, from Congressman Nick Begich": a chamber passes the other chamber's
     * measure only after that chamber has, so, unless it is amended on the way, its passage clears Congress.
     */
    private static List<StageMention> otherChambersMeasure(List<StageMention> mentions) {
        List<StageMention> out = null;
        for (StageMention m : mentions) {
            Pattern other = m.stage() == Stage.PASSED_SENATE ? HOUSE_MEASURE : m.stage() == Stage.PASSED_HOUSE ? SENATE_MEASURE : null;
            if (other != null && !m.bills().isEmpty() && m.bills().stream().allMatch(b -> other.matcher(b).matches())
                    && m.sentences().stream().noneMatch(x -> AMEND_WORD.matcher(normalise(x)).find())) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.add(new StageMention(Stage.CLEARED_CONGRESS, null, m.reading(), m.confidence(), m.sentenceIndex(), m.sentences(),
                        m.tally(), m.toPresident(), m.bills()));
            }
        }
        return out == null ? mentions : out;
    }

    private static final Pattern GOVERNOR_SIGNS = Pattern.compile("\\b(?:gov\\.|governor)\\s+(?:[\\w.'-]+\\s+){0,5}?(?:signed|signs|vetoed|vetoes)\\b");
    private static final Pattern FEDERAL_SIGNER = Pattern.compile("\\b(?:president|trump|biden|white\\s+house)\\b");

    /**
     * In an article where a governor signs or vetoes bills, a signing or veto whose sentence names no
     * President ("Among the measures signed into law was House Bill 1105") is the governor's too.
     */
    private static List<StageMention> governorsDesk(List<StageMention> mentions, String title, String text) {
        if (mentions.stream().noneMatch(m -> m.stage() == Stage.SIGNED || m.stage() == Stage.VETOED)
                || !GOVERNOR_SIGNS.matcher(normalise((title == null ? "" : title) + "\n" + text)).find()) {
            return mentions;
        }
        return mentions.stream()
                .filter(m -> m.stage() != Stage.SIGNED && m.stage() != Stage.VETOED
                        || m.sentences().stream().anyMatch(x -> FEDERAL_SIGNER.matcher(normalise(x)).find()))
                .toList();
    }

    private static final Pattern ONWARD = Pattern.compile("\\b(?:(?<a>senate|house)\\s+(?:is\\s+)?next\\b"
            + "|(?:heads?|heading|headed|goes|going|sends?|sending|sent|moves?|moving)\\s+(?:it\\s+|the\\s+(?:[\\w$-]+\\s+){0,4}?"
            + "(?:bill|measure|legislation|package)\\s+)?(?:back\\s+)?to\\s+(?:the\\s+)?(?<b>senate|house|upper\\s+chamber|lower\\s+chamber)\\b)");

    /**
     * The chamber the article's headline or lead says the bill goes to next ("House backs defense
     * bill, Senate next", "sending it back to the Senate"), or null; not a possibility ("could head to").
     */
    public static Chamber onwardTo(String title, List<String> sentences) {
        List<String> lead = new ArrayList<>();
        if (title != null) {
            lead.add(title);
        }
        lead.addAll(sentences.subList(0, Math.min(LEAD_END + 1, sentences.size())));
        for (String sentence : lead) {
            String x = normalise(sentence);
            Matcher m = ONWARD.matcher(x);
            if (m.find() && !HYPOTHETICAL.matcher(lastWords(x.substring(0, m.start()), 3)).find()) {
                String ch = m.group("a") != null ? m.group("a") : m.group("b");
                return ch.equals("house") || ch.startsWith("lower") ? Chamber.HOUSE : Chamber.SENATE;
            }
        }
        return null;
    }

    /**
     * "Senate Advances Fix Our Forests Act" over a lead that says the Senate Agriculture Committee
     * advanced it, "A bipartisan bill ... cleared a major procedural hurdle Wednesday" under "House
     * committee approves FEMA overhaul bill": headlines and leads tell a committee's step as its
     * chamber's, or as a hurdle. A floor vote in the headline or lead with no tally, of the chamber
     * whose committee the headline or lead reports acting (or of no named chamber), is dropped,
     * unless its sentence names a floor procedure (cloture, a motion, a rule).
     */
    private static List<StageMention> headlineCommittee(List<StageMention> mentions) {
        Set<Chamber> committees = new java.util.HashSet<>();
        for (StageMention m : mentions) {
            if (m.stage() == Stage.COMMITTEE_ACTION && m.chamber() != null && m.reading() == Reading.REPORTED
                    && m.sentenceIndex() <= LEAD_END) {
                committees.add(m.chamber());
            }
        }
        if (committees.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .filter(m -> !(m.sentenceIndex() <= LEAD_END && m.stage() == Stage.FLOOR_VOTE && m.tally() == null
                        && (m.chamber() == null || committees.contains(m.chamber()))
                        && !FLOOR_PROCEDURE.matcher(normalise(m.sentences().get(0))).find()))
                .toList();
    }

    private static final Pattern FLOOR_PROCEDURE = Pattern.compile("\\b(?:cloture|motion|rule|discharge\\w*|filibuster|test\\s+vote|proceed)\\b");

    /** Sentences up to this index (the headline is -1) make an article's lead. */
    static final int LEAD_END = 1;

    /**
     * An article that leads with one chamber's committee acting on the bill and mentions, further
     * down and as plain fact, the other chamber passing it ("HR-633 passed the Senate unanimously")
     * tells the bill's past: the bill went to this committee after that passage.
     */
    private static List<StageMention> committeeLead(List<StageMention> mentions) {
        Chamber committee = null;
        for (StageMention m : mentions) {
            if (m.sentenceIndex() <= LEAD_END && m.stage() == Stage.COMMITTEE_ACTION && m.chamber() != null
                    && m.reading() == Reading.REPORTED) {
                committee = m.chamber();
                break;
            }
        }
        if (committee == null) {
            return mentions;
        }
        Stage otherPassage = committee == Chamber.HOUSE ? Stage.PASSED_SENATE : Stage.PASSED_HOUSE;
        List<StageMention> out = new ArrayList<>(mentions.size());
        for (StageMention m : mentions) {
            boolean past = m.stage() == otherPassage && m.sentenceIndex() > LEAD_END && m.reading() == Reading.REPORTED;
            out.add(past ? m.withReading(Reading.BACKGROUND) : m);
        }
        return out;
    }

    /** Stage mentions of one sentence. */
    List<StageMention> classifySentence(String sentence, int index, LocalDate published, Set<String> subjects, double weight) {
        String s = normalise(sentence);
        List<String> cited = citedBills(sentence);
        boolean otherBill = !subjects.isEmpty() && !cited.isEmpty() && cited.stream().noneMatch(subjects::contains)
                || OTHER_BILL_WORDS.matcher(s).find();
        String tally = tally(s);
        List<StageMention> out = new ArrayList<>();

        for (Matcher m = matcher(PASS_SUBJECT, s); m.find(); ) {
            if (stateChamber(sentence, s, m.start("ch"))) {
                continue;
            }
            if (committeeBefore(s, m.start())) {
                continue; // "the Judiciary Committee of the House advanced": the committee's step, read by its own patterns
            }
            if (committeeAfter(s, m.end("ch"))) {
                addCommittee(out, sentence, s, index, published, otherBill, tally, m.group("ch"), m.end("ch"), weight, m.start(), m.start("v"));
                continue;
            }
            if (TO_FULL_COMMITTEE.matcher(s.substring(m.end())).find()) {
                // "House lawmakers ... voted unanimously to adopt the ... Act on Tuesday, forwarding it to the full House Energy
                // and Commerce Committee": a subcommittee's vote
                add(out, sentence, s, index, published, otherBill, tally, Stage.COMMITTEE_ACTION, chamber(m.group("ch")),
                        0.85 * weight, m.start(), m.start("v"), false);
                continue;
            }
            if (TITLE_WORDS.matcher(m.group("gap")).find() || NOT_A_BILL_OBJECT.matcher(s.substring(m.end())).find()) {
                continue;
            }
            boolean procedural = PROCEDURAL_OBJECT.matcher(s.substring(m.end())).find() || FORCE_VOTE.matcher(s.substring(m.end())).find();
            Stage stage = procedural ? Stage.FLOOR_VOTE : passed(m.group("ch"));
            boolean finalApproval = m.group("v").contains("final");
            // "The House of Representatives and Senate have passed a joint resolution": Congress has, not one chamber
            // (unless each passed its own version).
            boolean both = BOTH_CHAMBERS_BEFORE.matcher(s.substring(Math.max(0, m.start() - 40), m.start())).find()
                    && !m.group("gap").contains("each") && !s.contains("version");
            add(out, sentence, s, index, published, otherBill, tally, stage, chamber(m.group("ch")), 0.9 * weight,
                    m.start(), m.start("v"), finalApproval || both && stage != Stage.FLOOR_VOTE);
        }
        for (Matcher m = matcher(PASS_FOLLOWED, s); m.find(); ) {
            if (stateChamber(sentence, s, m.start("ch")) || committeeBefore(s, m.start()) || committeeAfter(s, m.end("ch"))
                    || TITLE_WORDS.matcher(m.group("gap")).find() || PARTY_GAP.matcher(m.group("gap")).find()
                    || !PASSING_WORD.matcher(s).find()) {
                continue;
            }
            add(out, sentence, s, index, published, otherBill, tally, passed(m.group("ch")), chamber(m.group("ch")),
                    0.85 * weight, m.start(), m.start("v"), false);
        }
        for (Pattern p : List.of(PASS_OBJECT, PASS_WON, PASS_UNDO, PASS_NOUN)) {
            for (Matcher m = matcher(p, s); m.find(); ) {
                if (stateChamber(sentence, s, m.start("ch"))) {
                    continue;
                }
                if (p == PASS_UNDO && MEASURE_AFTER.matcher(s.substring(m.end())).find()) {
                    // "voted 51-50 to block a war powers resolution": the measure failed.
                    add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE_FAILED, chamber(m.group("ch")),
                            0.8 * weight, m.start(), m.start("v"), false);
                    continue;
                }
                if (p == PASS_OBJECT && committeeAfter(s, m.end())) {
                    addCommittee(out, sentence, s, index, published, otherBill, tally, m.group("ch"), m.end(), weight, m.start(), m.start("v"));
                    continue;
                }
                if (p == PASS_OBJECT && CHAMBERS_BILL.matcher(s.substring(m.end())).find()) {
                    continue; // "the Senate passed the House budget bill": the chamber names whose bill it is
                }
                if (p == PASS_OBJECT && s.startsWith("'s", m.end())) {
                    // "cleared the Senate's filibuster": a procedural vote; any other "the Senate's ..." is no passage.
                    if (CHAMBERS_PROCEDURE.matcher(s.substring(m.end())).find()) {
                        add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE, chamber(m.group("ch")),
                                0.75 * weight, m.start(), m.start("v"), false);
                    }
                    continue;
                }
                add(out, sentence, s, index, published, otherBill, tally, passed(m.group("ch")), chamber(m.group("ch")),
                        0.85 * weight, m.start(), m.start("v"), false);
            }
        }
        if (tally != null && !HOUSE_WORD.matcher(s).find() && !s.contains("senate") && !s.contains("committee") && !s.contains("panel")) {
            for (Matcher m = matcher(PASS_TALLY, s); m.find(); ) {
                if (VOTE_SUBJECT.matcher(lastWords(s.substring(0, m.start()), 4)).find()) {
                    continue; // "The procedural vote passed 60-40": a vote, not the bill
                }
                int votes = Integer.parseInt(m.group("yes")) + Integer.parseInt(m.group("no"));
                // The House has 435 members and the Senate 100; a committee has far fewer than either.
                Chamber chamber = votes > 110 ? Chamber.HOUSE : votes >= 80 && votes <= 100 ? Chamber.SENATE : null;
                if (chamber != null) {
                    add(out, sentence, s, index, published, otherBill, tally, chamber == Chamber.HOUSE ? Stage.PASSED_HOUSE : Stage.PASSED_SENATE,
                            chamber, 0.8 * weight, m.start("v"), m.start("v"), false);
                }
            }
        }
        for (Matcher m = matcher(FLOOR_SUBJECT, s); m.find(); ) {
            if (stateChamber(sentence, s, m.start("ch"))) {
                continue;
            }
            if (committeeBefore(s, m.start())) {
                continue; // "the Judiciary Committee of the House advanced": the committee's step, read by its own patterns
            }
            if (committeeAfter(s, m.end("ch"))) {
                addCommittee(out, sentence, s, index, published, otherBill, tally, m.group("ch"), m.end("ch"), weight, m.start(), m.start("v"));
                continue;
            }
            if (TITLE_WORDS.matcher(m.group("gap")).find()) {
                continue;
            }
            add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE, chamber(m.group("ch")),
                    0.8 * weight, m.start(), m.start("v"), false);
        }
        for (Pattern p : List.of(FLOOR_NOUN, FLOOR_HURDLE, FLOOR_TIE)) {
            for (Matcher m = matcher(p, s); m.find(); ) {
                add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE, sentenceChamber(s),
                        0.75 * weight, m.start(), m.start("v"), false);
            }
        }
        if (s.contains("discharge") || s.contains("petition") || s.contains("signature")) {
            for (Matcher m = matcher(DISCHARGED, s); m.find(); ) {
                add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE, Chamber.HOUSE,
                        0.75 * weight, m.start("v"), m.start("v"), false);
            }
        }
        for (Matcher m = matcher(FAIL_SUBJECT, s); m.find(); ) {
            if (stateChamber(sentence, s, m.start("ch"))) {
                continue;
            }
            if (TITLE_WORDS.matcher(m.group("gap")).find() || committeeAfter(s, m.end("ch")) || committeeBefore(s, m.start())) {
                continue;
            }
            if (PARTY_GAP.matcher(m.group("gap")).find() && m.group("v").startsWith("voted against")) {
                continue; // "House Democrats unanimously voted against the resolution": one side's votes, not the outcome
            }
            if (m.group("v").startsWith("voted against") && !AGAINST_MEASURE.matcher(s.substring(m.end())).lookingAt()) {
                continue; // "the House voted against his tariffs": it passed a measure against a policy
            }
            add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE_FAILED, chamber(m.group("ch")),
                    0.8 * weight, m.start(), m.start("v"), false);
        }
        for (Pattern p : List.of(FAIL_OBJECT, FAIL_MAJORITY)) {
            for (Matcher m = matcher(p, s); m.find(); ) {
                add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE_FAILED, chamber(m.group("ch")),
                        0.8 * weight, m.start(), m.start("v"), false);
            }
        }
        for (Matcher m = matcher(FAIL_SHORT, s); m.find(); ) {
            // "fell short of the votes" says a vote failed only when the sentence says which chamber or how it went.
            if (tally != null || sentenceChamber(s) != null) {
                add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE_FAILED, sentenceChamber(s),
                        0.75 * weight, m.start(), m.start("v"), false);
            }
        }
        for (Matcher m = matcher(FAIL_TIE, s); m.find(); ) {
            add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE_FAILED, Chamber.SENATE,
                    0.8 * weight, m.start("v"), m.start("v"), false);
        }
        for (Matcher m = matcher(FAIL_NOUN, s); m.find(); ) {
            if (NO_VOTE.matcher(s).region(m.end(), s.length()).find()) {
                continue; // "The resolutions failed when the Senate declined to vote on them": no vote was held
            }
            if (tally != null || sentenceChamber(s) != null) {
                add(out, sentence, s, index, published, otherBill, tally, Stage.FLOOR_VOTE_FAILED, sentenceChamber(s),
                        0.7 * weight, m.start(), m.start("v"), false);
            }
        }
        for (Pattern p : List.of(COMMITTEE_SUBJECT, COMMITTEE_NOUN, COMMITTEE_OBJECT, COMMITTEE_CLEARED, COMMITTEE_FOR, COMMITTEE_THROUGH,
                COMMITTEE_VOTING)) {
            for (Matcher m = matcher(p, s); m.find(); ) {
                String committee = m.group("c");
                if (stateCommittee(sentence, s, m.start("c"), m.end("c"))) {
                    continue;
                }
                if (p == COMMITTEE_NOUN && MARKUP_TO_COME.matcher(s.substring(0, m.start())).find()) {
                    continue; // "is now scheduled to be marked up ... as part of a full committee markup of 26 bills"
                }
                boolean rule = RULES_WORD.matcher(committee).find()
                        || p != COMMITTEE_NOUN && RULE_RESOLUTION.matcher(s.substring(m.end("v"))).find();
                Stage stage = rule ? Stage.RULES_COMMITTEE : Stage.COMMITTEE_ACTION;
                int start = p == COMMITTEE_OBJECT || p == COMMITTEE_CLEARED || p == COMMITTEE_THROUGH ? m.start("v") : m.start();
                add(out, sentence, s, index, published, otherBill, tally, stage, committeeChamber(committee),
                        0.85 * weight, start, m.start("v"), false);
            }
        }
        for (Matcher m = matcher(MARKUP_HELD, s); m.find(); ) {
            add(out, sentence, s, index, published, otherBill, tally, Stage.COMMITTEE_ACTION, sentenceChamber(s),
                    0.7 * weight, m.start("v"), m.start("v"), false);
        }
        for (Matcher m = matcher(MARKUP_CLEARED, s); m.find(); ) {
            add(out, sentence, s, index, published, otherBill, tally, Stage.COMMITTEE_ACTION, sentenceChamber(s),
                    0.8 * weight, m.start("v"), m.start("v"), false);
        }
        for (Pattern p : List.of(INTRODUCED, INTRODUCING, INTRODUCED_PASSIVE, INTRODUCED_APPOSITIVE, INTRODUCED_TODAY, NEW_BILL_BY, DRAFT_TEXT,
                COMPANION_LANDED, HEADLINE_INTRODUCED)) {
            if (p == HEADLINE_INTRODUCED && index != -1) {
                continue;
            }
            for (Matcher m = matcher(p, s); m.find(); ) {
                int verb = p != INTRODUCED || m.group("v") != null ? m.start("v") : m.group("v2") != null ? m.start("v2") : m.start("v3");
                if (s.startsWith("unveil", verb) && EXECUTIVE.matcher(s.substring(Math.max(0, s.lastIndexOf(',', verb) + 1), verb)).find()) {
                    continue; // "The Department of the Interior today unveiled a draft proposal": a rule or plan, not a bill
                }
                String around = s.substring(Math.max(0, verb - 40), Math.min(s.length(), m.end() + 25));
                boolean companion = p == COMPANION_LANDED
                        || COMPANION_WORD.matcher(around).find() && !PAIR_OF_BILLS.matcher(around).find();
                Stage stage = companion ? Stage.COMPANION_FILED : Stage.INTRODUCED;
                add(out, sentence, s, index, published, otherBill, tally, stage, sponsorChamber(s, verb),
                        0.85 * weight, p == INTRODUCED_PASSIVE ? m.start() : verb, verb, false);
                // (after "legislation introduced Wednesday", its by-phrase: "by a bipartisan group of House and Senate lawmakers")
                int reach = p == INTRODUCED_TODAY ? 60 : 25;
                if (!companion && (BICAMERAL.matcher(s.substring(Math.max(0, verb - 60), Math.min(s.length(), m.end() + reach))).find()
                        || BOTH_CHAMBERS_SPONSORS.matcher(s.substring(0, verb)).find())) {
                    // "members of the House and Senate introduced bipartisan legislation today": the bill and its companion
                    add(out, sentence, s, index, published, otherBill, tally, Stage.COMPANION_FILED, null,
                            0.85 * weight, p == INTRODUCED_PASSIVE ? m.start() : verb, verb, false);
                }
            }
        }
        for (Matcher m = matcher(REQUEST_SENT, s); m.find(); ) {
            int verb = m.start(m.group("v") != null ? "v" : m.group("v2") != null ? "v2" : "v3");
            add(out, sentence, s, index, published, otherBill, tally, Stage.INTRODUCED, null, 0.7 * weight, verb, verb, false);
        }
        for (Matcher m = matcher(COSPONSOR, s); m.find(); ) {
            if (BILL_DESCRIBED.matcher(s).region(0, m.start()).find()) {
                continue;
            }
            add(out, sentence, s, index, published, otherBill, tally, Stage.COSPONSOR_ADDED, null, 0.8 * weight,
                    m.start(), m.start(), false);
        }
        for (Matcher m = matcher(SIGNED, s); m.find(); ) {
            if (NOT_A_BILL.matcher(m.group("obj")).find() || byGovernor(s, m.start("v"))
                    || byFormerPresident(s, m.start("v"), m.end()) || countedBills(s, m.start("v"))) {
                continue;
            }
            add(out, sentence, s, index, published, otherBill, tally, Stage.SIGNED, null, 0.9 * weight,
                    m.start("v"), m.start("v"), false);
        }
        for (Matcher m = matcher(SIGNING_NOUN, s); m.find(); ) {
            add(out, sentence, s, index, published, otherBill, tally, Stage.SIGNED, null, 0.8 * weight,
                    m.start("v"), m.start("v"), false);
        }
        for (Matcher m = matcher(VETOED, s); m.find(); ) {
            if (byGovernor(s, m.start("v"))) {
                continue;
            }
            add(out, sentence, s, index, published, otherBill, tally, Stage.VETOED, null, 0.85 * weight,
                    m.start("v"), m.start("v"), false);
        }
        for (Matcher m = matcher(BECAME_LAW, s); m.find(); ) {
            add(out, sentence, s, index, published, otherBill, tally, Stage.BECAME_LAW, null, 0.85 * weight,
                    m.start("v"), m.start("v"), false);
        }
        for (Matcher m = matcher(OFFICIAL, s); m.find(); ) {
            add(out, sentence, s, index, published, otherBill, tally, Stage.OFFICIAL_STATEMENT, null, 0.7 * weight,
                    m.start("v"), m.start("v"), false);
        }
        for (Matcher m = matcher(CONGRESS_PASSED, s); m.find(); ) {
            add(out, sentence, s, index, published, otherBill, tally, Stage.CLEARED_CONGRESS, null, 0.8 * weight,
                    m.start("v"), m.start("v"), true);
        }
        for (Matcher m = matcher(TO_PRESIDENT, s); m.find(); ) {
            add(out, sentence, s, index, published, otherBill, tally, Stage.CLEARED_CONGRESS, null, 0.6 * weight,
                    m.start("v"), m.start("v"), false);
        }
        return out;
    }

    private void add(List<StageMention> out, String sentence, String s, int index, LocalDate published,
            boolean otherBill, String tally, Stage stage, Chamber chamber, double confidence, int clauseStart, int verb,
            boolean toPresident) {
        if ((stage == Stage.PASSED_HOUSE || stage == Stage.PASSED_SENATE) && belowQuorum(tally, stage)
                && !s.contains("committee") && !s.contains("panel")) {
            // "The House passed H.R. 1048 ... on a 20 to 14 vote": 34 votes are a committee's, not a chamber's.
            // (A sentence that names a committee may give the committee's tally beside the chamber's passage.)
            stage = Stage.COMMITTEE_ACTION;
        }
        String key = stage + "/" + chamber;
        Reading reading = otherBill ? Reading.OTHER_BILL : reading(s, clauseStart, verb, published,
                stage == Stage.INTRODUCED || stage == Stage.COMPANION_FILED ? INTRODUCTION_NEWS_DAYS : NEWS_DAYS);
        // One mention per stage and chamber per sentence; a reported reading wins over the others.
        for (int i = 0; i < out.size(); i++) {
            StageMention prior = out.get(i);
            if ((prior.stage() + "/" + prior.chamber()).equals(key)) {
                if (prior.reading() != Reading.REPORTED && reading == Reading.REPORTED) {
                    out.set(i, new StageMention(stage, chamber, reading, Math.max(confidence, prior.confidence()), index,
                            List.of(sentence), tally, toPresident || prior.toPresident(), citedBills(sentence)));
                }
                return;
            }
        }
        out.add(new StageMention(stage, chamber, reading, confidence, index, List.of(sentence), tally, toPresident,
                citedBills(sentence)));
    }

    /** Whether a passage's tally counts fewer votes than the chamber's quorum (a majority of its members: 218 and 51). */
    private static boolean belowQuorum(String tally, Stage passage) {
        if (tally == null) {
            return false;
        }
        Matcher m = TALLY.matcher(tally);
        if (!m.find()) {
            return false;
        }
        int votes = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2));
        return votes < (passage == Stage.PASSED_HOUSE ? 218 : 51);
    }

    /** A step dated more than this many days before the article is its background ("passed the House on May 2"). */
    static final int NEWS_DAYS = 3;

    /**
     * The same for an introduction: bills are filed without ceremony and reported days later (a
     * member's release, a weekly paper, a trade outlet: "introduced bipartisan legislation on April 1"
     * in an April 7 article is the first the reader hears of it).
     */
    static final int INTRODUCTION_NEWS_DAYS = 7;

    /**
     * Reads the words before the subject (and around the verb) for modality, time and clause type; a
     * date more than {@code newsDays} before {@code published} makes the step background.
     */
    static Reading reading(String s, int clauseStart, int verb, LocalDate published, int newsDays) {
        String before = s.substring(0, clauseStart);
        int cut = Math.max(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')), before.lastIndexOf(" - "));
        String sentencePart = before.substring(cut + 1);
        // "issued the following statement after the act was signed": the statement answers the news.
        String clause = REACTION_AFTER.matcher(sentencePart.substring(sentencePart.lastIndexOf(',') + 1)).replaceAll("statement");
        clause = NEWS_DAY_WHEN.matcher(clause).replaceAll(" ");
        Matcher relative = RELATIVE_MODAL.matcher(clause);
        if (relative.find()) {
            // "A bill that would ban TikTok passed the House": the modal describes the bill, not the vote;
            // the words right before the subject or verb still carry the vote's own ("... could pass").
            clause = clause.substring(0, relative.start("rel")) + " " + lastWords(clause, 2);
        }
        // The same between a subject and its verb: "House Committee on Veterans' Affairs Chairman Mike Bost ... released
        // statements after the Committee reported out".
        String window = lastWords(clause, 8) + " " + REACTION_AFTER.matcher(s.substring(clauseStart, verb)).replaceAll("statement");
        String after = s.substring(verb);
        int end = clauseEnd(after);
        String afterClause = end < 0 ? after : after.substring(0, end);
        // "passed legislation Tuesday that would overturn ... the national emergency he declared in July": the
        // relative clause dates something else ("introducing legislation to reauthorize ... programs that were
        // signed into law under President Trump in 2020" is this week's bill).
        Matcher relativeAfter = RELATIVE_AFTER.matcher(afterClause);
        String ownTime = relativeAfter.find() ? afterClause.substring(0, relativeAfter.start()) : afterClause;
        if (published != null && (earlierCongress(ownTime, published) || earlierCongress(sentencePart, published))) {
            return Reading.OTHER_BILL;
        }
        // "If both chambers pass identical versions, it proceeds to the President", "After that the President either
        // signs the bill, vetoes it ... or takes no action": how a bill becomes law, not this one's news.
        int either = lastMatch(EITHER, s.substring(0, verb));
        if (LEADING_CONDITION.matcher(s).find() || either >= 0 && s.indexOf(" or ", either) >= 0) {
            return Reading.HYPOTHETICAL;
        }
        // "only for it to be rejected by the Senate" and "joined Sens. Curtis and Padilla to introduce" report facts
        // despite their infinitives.
        String windowForModality = COURTESY.matcher(ONLY_FOR_IT_TO_BE.matcher(window).replaceAll("")).replaceAll(" ");
        String upToVerb = sentencePart + s.substring(clauseStart, verb);
        if (JOINED_TO.matcher(upToVerb).find()
                || LED_EFFORT_TO.matcher(upToVerb).find() && FILING_VERB.matcher(s).region(verb, s.length()).lookingAt()) {
            windowForModality = TRAILING_TO.matcher(windowForModality).replaceAll("");
        }
        if (HYPOTHETICAL.matcher(windowForModality).find()
                // "If the House eventually does the same and President Donald Trump signs it into law, ...": a condition
                // governs its clause up to the next comma, however many words it runs
                || CONDITION.matcher(sentencePart.substring(sentencePart.lastIndexOf(',') + 1) + " " + s.substring(clauseStart, verb)).find()
                || WHEN_DONE.matcher(s.substring(0, verb)).find()
                || ENDS_TO_BE.matcher(windowForModality).matches()
                || TO_SEEING.matcher(upToVerb).find()) {
            return Reading.HYPOTHETICAL;
        }
        if (BACKGROUND.matcher(NEWS_DAY_WHEN.matcher(AFTER_WHICH.matcher(window).replaceAll(" ")).replaceAll(" ")).find()
                || JUST_DONE.matcher(window).find() && !NEWLY_INTRODUCED.matcher(s.substring(Math.max(0, verb - 8))).lookingAt()
                || LEADING_PAST.matcher(before).find() && !NEWS_TIME_SINCE.matcher(before).find()) {
            return Reading.BACKGROUND;
        }
        // ", introduced in March," or "which was approved by the House": a past event used as context.
        if (clauseStart == verb && isAppositive(sentencePart, after)) {
            return Reading.BACKGROUND;
        }
        if (AFTER_TIME.matcher(ownTime).find()) {
            return Reading.BACKGROUND;
        }
        if (published != null && (pastDate(ownTime, published, newsDays) || pastDate(sentencePart, published, newsDays))) {
            return Reading.BACKGROUND;
        }
        return Reading.REPORTED;
    }

    /** A bill set off by the by-phrase of its author, the verb after it being the sentence's own. */
    private static final Pattern BY_PHRASE_SUBJECT = Pattern.compile("^[^,]*\\b(?:act|bill|legislation|measure|resolution)\\s*,\\s*"
            + "(?:authored|sponsored|co-?sponsored|introduced|written|led|championed)\\s+by\\b[^;:]*,$");

    /**
     * True when the mention is a participle hanging off a noun (", introduced in March," or "that was
     * approved by the House"): a past event given as context.
     */
    private static boolean isAppositive(String before, String fromVerb) {
        String tail = before.strip();
        if (RELATIVE_PAST.matcher(tail).matches()) {
            return true;
        }
        if (BY_PHRASE_SUBJECT.matcher(tail).find()) {
            return false; // "The Preserving Choice in Vehicle Purchases Act, authored by Congressman John Joyce, passed in the House"
        }
        return tail.endsWith(",") && PARTICIPLE_CONTEXT.matcher(fromVerb).matches() && !MEMBER_APPOSITIVE.matcher(tail).find();
    }

    /**
     * "Sen. Ted Cruz, R-Texas, filed legislation on Thursday": the comma closes a member's party and state, and
     * the verb after it is the member's, not a participle hanging off a bill.
     */
    // ("Sen. Ted Cruz, the chairman of the committee, filed ...": a member named by title opens the sentence)
    private static final Pattern MEMBER_APPOSITIVE = Pattern.compile("(?:^|[\\s(])[rdi]-[a-z][a-z\\d.\\s-]{0,14}\\)?,$"
            + "|^(?:[\\w.'-]+\\s+){0,3}?(?:u\\.s\\.\\s+)?(?:sen|sens|senator|senators|rep|reps|representative|representatives"
            + "|congressman|congresswoman)\\.?\\s[^,]{1,40},[^,]*,$");

    /**
     * Whether the clause dates the action in an earlier Congress than the article's ("KOSA was first
     * approved by the Senate in July 2023", "his 2020 resolution, which Trump vetoed", "the National
     * Environmental Policy Act, which was signed into law in 1970", "stalled in the House last
     * Congress"). A bill dies with its Congress, so that step was another bill's: a law's, or an
     * earlier version's that the new bill repeats under a new number.
     */
    private static boolean earlierCongress(String text, LocalDate published) {
        if (LAST_CONGRESS.matcher(text).find()) {
            return true;
        }
        int congress = congressOf(published.getYear());
        // "passed the House in the previous session": a Congress sits two sessions, one a year.
        if ((PREVIOUS_SESSION.matcher(text).find() || LAST_YEAR.matcher(text).find()) && congressOf(published.getYear() - 1) < congress) {
            return true;
        }
        for (Matcher m = ORDINAL_CONGRESS.matcher(text); m.find(); ) {
            if (Integer.parseInt(m.group(1)) < congress) {
                return true;
            }
        }
        for (Pattern p : List.of(YEAR, YEAR_NOUN)) {
            for (Matcher m = p.matcher(text); m.find(); ) {
                if (congressOf(Integer.parseInt(m.group(1))) < congress) {
                    return true;
                }
            }
        }
        for (Matcher m = LAST_MONTH.matcher(text); m.find(); ) {
            // "last July" in a May article is July of the year before; in an August one, this year's.
            int year = published.getYear() - (month(m.group(1)).getValue() >= published.getMonthValue() ? 1 : 0);
            if (congressOf(year) < congress) {
                return true;
            }
        }
        for (Matcher m = IN_MONTH.matcher(text); m.find(); ) {
            // "passed the House in December" in a January article: the December before, which may be the last Congress's.
            int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                    : published.getYear() - (month(m.group(1)).getValue() > published.getMonthValue() ? 1 : 0);
            if (congressOf(year) < congress) {
                return true;
            }
        }
        for (Matcher m = MONTH_DAY.matcher(text); m.find(); ) {
            if (m.group(3) != null && congressOf(Integer.parseInt(m.group(3))) < congress) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Congress of a calendar year: the one that sits most of it. The first days of January of an
     * odd year belong to the old one, which a year alone cannot tell.
     */
    private static int congressOf(int year) {
        return (year - 1789) / 2 + 1;
    }

    private static final Pattern LAST_MONTH = Pattern.compile("\\blast\\s+(january|february|march|april|may|june|july|august"
            + "|september|october|november|december)\\b");
    private static final Pattern PREVIOUS_SESSION = Pattern.compile("\\b(?:last|previous|prior)\\s+(?:legislative\\s+|congressional\\s+)?session\\b");
    /** "after Joe Biden vetoed it last year", in the first year of a Congress: the last Congress's. */
    private static final Pattern LAST_YEAR = Pattern.compile("\\blast\\s+year\\b");
    private static final Pattern LAST_CONGRESS = Pattern.compile("\\b(?:last|previous|prior)\\s+congress\\b");
    private static final Pattern ORDINAL_CONGRESS = Pattern.compile("\\b(\\d{2,3})(?:st|nd|rd|th)\\s+congress\\b");
    /** "his 2020 resolution", "the 2023 bill": a bill named by its year. */
    private static final Pattern YEAR_NOUN = Pattern.compile("\\b((?:19|20)\\d\\d)\\s+(?:resolution|bill|measure|act|law|version|legislation)\\b");

    private static boolean pastDate(String text, LocalDate published, int newsDays) {
        for (Matcher m = MONTH_DAY.matcher(text); m.find(); ) {
            Month month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : published.getYear();
            if (day < 1 || day > month.length(year % 4 == 0)) {
                continue;
            }
            LocalDate date = LocalDate.of(year, month, day);
            if (date.isBefore(published.minusDays(newsDays))) {
                return true;
            }
        }
        for (Matcher m = IN_MONTH.matcher(text); m.find(); ) {
            Month month = month(m.group(1));
            if (m.group(2) == null) {
                // "introduced in December" in a February article is last December.
                if (month.getValue() != published.getMonthValue()) {
                    return true;
                }
                continue;
            }
            int year = Integer.parseInt(m.group(2));
            if (year < published.getYear() || year == published.getYear() && month.getValue() < published.getMonthValue()) {
                return true;
            }
        }
        for (Matcher m = YEAR.matcher(text); m.find(); ) {
            if (Integer.parseInt(m.group(1)) < published.getYear()) {
                return true;
            }
        }
        return false;
    }

    private static Month month(String prefix) {
        String p = prefix.substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(p)) {
                return m;
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    /**
     * A "goes to the President" cue reported in a sentence with a chamber passage, or right after
     * one, belongs to that passage; a cue with no passage nearby stays a cleared-congress mention.
     */
    private static List<StageMention> attachPresidentCues(List<StageMention> mentions) {
        List<StageMention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            StageMention cue = out.get(i);
            if (cue.stage() != Stage.CLEARED_CONGRESS || cue.chamber() != null) {
                continue;
            }
            int passage = findPassage(out, cue.sentenceIndex());
            if (passage < 0) {
                passage = findPassage(out, cue.sentenceIndex() - 1);
            }
            if (passage >= 0) {
                if (cue.reading() == Reading.REPORTED) {
                    out.set(passage, out.get(passage).withPresidentCue(cue.sentences().get(0)));
                }
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    /**
     * The passage mention of sentence {@code sentenceIndex} a "heads to the President" cue goes with:
     * the one reported as news, when the sentence also recalls an earlier one ("Earlier this year, the
     * House passed the bill, and this week the Senate followed suit").
     */
    private static int findPassage(List<StageMention> mentions, int sentenceIndex) {
        int first = -1;
        for (int j = 0; j < mentions.size(); j++) {
            StageMention m = mentions.get(j);
            if ((m.stage() == Stage.PASSED_HOUSE || m.stage() == Stage.PASSED_SENATE) && m.sentenceIndex() == sentenceIndex) {
                if (m.reading() == Reading.REPORTED) {
                    return j;
                }
                if (first < 0) {
                    first = j;
                }
            }
        }
        return first;
    }

    /** A headline such as "passes House, heads to Trump's desk" joins its own passage mention. */
    private static List<StageMention> attachTitleCue(List<StageMention> mentions) {
        List<StageMention> title = mentions.stream().filter(m -> m.sentenceIndex() == -1).toList();
        List<StageMention> rest = mentions.stream().filter(m -> m.sentenceIndex() != -1).toList();
        List<StageMention> attached = attachPresidentCues(title);
        List<StageMention> out = new ArrayList<>(attached);
        out.addAll(rest);
        return out;
    }

    /** "The Texas House passed HB 25", "the state Senate": a state's chamber, not Congress's. */
    private static boolean stateChamber(String sentence, String s, int chamberStart) {
        String before = s.substring(0, chamberStart);
        return before.endsWith("state ") || org.newsalert.enrich.tag.States.endsWithStateName(sentence.substring(0, chamberStart));
    }

    /** A committee of {@code chamberWord}'s chamber, named right after it at {@code end}, acted. */
    private void addCommittee(List<StageMention> out, String sentence, String s, int index, LocalDate published, boolean otherBill,
            String tally, String chamberWord, int end, double weight, int clauseStart, int verb) {
        Matcher c = COMMITTEE_AFTER_CHAMBER.matcher(s.substring(end));
        int verbEnd = verb;
        while (verbEnd < s.length() && !Character.isWhitespace(s.charAt(verbEnd))) {
            verbEnd++;
        }
        boolean rules = c.find() && c.group().contains("rules") || RULE_RESOLUTION.matcher(s.substring(verbEnd)).find();
        add(out, sentence, s, index, published, otherBill, tally, rules ? Stage.RULES_COMMITTEE : Stage.COMMITTEE_ACTION,
                chamber(chamberWord), 0.85 * weight, clauseStart, verb, false);
    }

    private static final Pattern EXECUTIVE = Pattern.compile("\\b(?:department|agency|administration|bureau|secretary|white\\s+house|governor|gov\\.|epa|interior)\\b");
    /** A committee of a state's legislature ("a state House committee", "the Pennsylvania Senate Education Committee"). */
    private static boolean stateCommittee(String sentence, String s, int committeeStart, int committeeEnd) {
        String committee = s.substring(committeeStart, committeeEnd);
        Matcher chamberWord = STATE_CHAMBER_WORD.matcher(committee);
        return STATE_WORDS.matcher(committee).find()
                || chamberWord.find() && stateChamber(sentence, s, committeeStart + chamberWord.start());
    }

    private static final Pattern STATE_CHAMBER_WORD = Pattern.compile("\\b(?:house|senate|assembly)\\b");
    private static final Pattern STATE_WORDS = Pattern.compile("\\b(?:state|legislature|legislative|general\\s+assembly)\\b");

    private static final Pattern GOVERNOR = Pattern.compile("\\b(?:gov\\.|governor)(?!\\w)");

    /** A governor in the clause before the verb signs or vetoes a state bill, not a federal one. */
    private static boolean byGovernor(String s, int verb) {
        String before = s.substring(0, verb);
        int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        if (GOVERNOR.matcher(before.substring(clause + 1)).find()) {
            return true;
        }
        // "who signed a similar bill into law when he was governor of Florida"
        int end = s.indexOf(',', verb);
        return WHEN_GOVERNOR.matcher(end < 0 ? s.substring(verb) : s.substring(verb, end)).find();
    }

    private static final Pattern WHEN_GOVERNOR = Pattern.compile("\\b(?:when|while|as)\\s+(?:he|she|they)\\s+(?:was|were)\\s+(?:the\\s+)?governor\\b");

    private static final Pattern FORMER_PRESIDENT = Pattern.compile("\\b(?:then-?\\s?|former\\s+|the\\s+late\\s+)president\\b");

    /**
     * "Signed into law by then-President Lyndon B. Johnson, the 1965 law ...": a signing by a past
     * president, named in the verb's clause or within a few words after it, is history.
     */
    private static boolean byFormerPresident(String s, int verb, int end) {
        String before = s.substring(0, verb);
        int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        int after = s.indexOf(',', end);
        String span = s.substring(clause + 1, after < 0 ? s.length() : Math.min(after, end + 60));
        return FORMER_PRESIDENT.matcher(span).find();
    }

    /** "More than 20 have been signed into law", "dozens of them were signed": a count of bills, not one bill. */
    private static final Pattern COUNT_SUBJECT = Pattern.compile("(?:^|[,;:]\\s*)(?:(?:more|fewer)\\s+than\\s+|over\\s+|at\\s+least\\s+"
            + "|nearly\\s+|about\\s+|some\\s+|only\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many|most)"
            + "(?:\\s+of\\s+(?:them|those|these))?\\s+(?:have|had|were|has)\\s+(?:(?:already|since|now)\\s+)?(?:been\\s+)?$");

    private static boolean countedBills(String s, int verb) {
        return COUNT_SUBJECT.matcher(s.substring(0, verb)).find();
    }

    /** Whether the words right after a chamber word at {@code end} name one of its committees. */
    private static final Pattern COMMITTEE_OF = Pattern.compile("\\b(?:committee|subcommittee|panel)\\s+of\\s+(?:the\\s+)?$");

    /** "The Judiciary Committee of the House advanced the bill": the chamber at {@code start} names whose committee acted. */
    private static boolean committeeBefore(String s, int start) {
        return COMMITTEE_OF.matcher(s.substring(Math.max(0, start - 40), start)).find();
    }

    private static boolean committeeAfter(String s, int end) {
        return COMMITTEE_AFTER_CHAMBER.matcher(s.substring(end)).find();
    }

    private static Stage passed(String chamber) {
        return chamber(chamber) == Chamber.HOUSE ? Stage.PASSED_HOUSE : Stage.PASSED_SENATE;
    }

    private static Chamber chamber(String word) {
        return word.startsWith("house") || word.startsWith("lower") ? Chamber.HOUSE : Chamber.SENATE;
    }

    private static Chamber committeeChamber(String committee) {
        if (committee.contains("senate")) {
            return Chamber.SENATE;
        }
        if (committee.contains("house")) {
            return Chamber.HOUSE;
        }
        if (COMMITTEE_ACRONYM.matcher(committee).matches()) {
            return committee.charAt(0) == 's' ? Chamber.SENATE : Chamber.HOUSE;
        }
        return null;
    }

    private static final Pattern COMMITTEE_ACRONYM = Pattern.compile("svac|sasc|hasc|sfrc|hfac|hsgac|hfsc");

    /** The chamber a sentence names, when it names exactly one. */
    private static Chamber sentenceChamber(String s) {
        boolean house = HOUSE_WORD.matcher(s).find();
        boolean senate = s.contains("senate");
        return house == senate ? null : house ? Chamber.HOUSE : Chamber.SENATE;
    }

    /** The chamber of a bill's sponsor: "in the Senate" wins, then a title before the verb, then after. */
    private static Chamber sponsorChamber(String s, int verb) {
        Matcher in = IN_CHAMBER.matcher(s.substring(verb));
        if (in.find()) {
            return in.group(1).equals("house") ? Chamber.HOUSE : Chamber.SENATE;
        }
        String before = s.substring(0, verb);
        Matcher modifier = CHAMBER_BEFORE.matcher(before);
        if (modifier.find()) {
            return modifier.group(1).equals("house") ? Chamber.HOUSE : Chamber.SENATE;
        }
        Chamber c = lastTitle(before);
        if (c == null) {
            // "The leaders of the Transportation and Infrastructure Committee ... today introduced": a committee
            // only one chamber has.
            Matcher committee = ONE_CHAMBER_COMMITTEE.matcher(before);
            if (committee.find()) {
                return committee.group("house") != null || committee.group("house2") != null ? Chamber.HOUSE : Chamber.SENATE;
            }
        }
        return c != null ? c : lastTitle(s.substring(verb));
    }

    /** Committees of one chamber only, by name ("Ways and Means Committee", "Committee on Foreign Relations"). */
    private static final String HOUSE_ONLY_COMMITTEES = "transportation\\s+and\\s+infrastructure|t&i|ways\\s+and\\s+means"
            + "|energy\\s+and\\s+commerce|education\\s+and\\s+(?:the\\s+)?workforce|financial\\s+services|natural\\s+resources"
            + "|foreign\\s+affairs|oversight\\s+and\\s+(?:government\\s+reform|accountability)";
    private static final String SENATE_ONLY_COMMITTEES = "foreign\\s+relations|finance|health,?\\s+education,?\\s+labor,?\\s+and"
            + "\\s+pensions|help|commerce,?\\s+science,?\\s+and\\s+transportation|banking,?\\s+housing,?\\s+and\\s+urban\\s+affairs"
            + "|environment\\s+and\\s+public\\s+works|energy\\s+and\\s+natural\\s+resources|indian\\s+affairs"
            + "|homeland\\s+security\\s+and\\s+governmental\\s+affairs";
    private static final Pattern ONE_CHAMBER_COMMITTEE = Pattern.compile("\\bcommittee\\s+on\\s+(?:the\\s+)?(?:(?<house>"
            + HOUSE_ONLY_COMMITTEES + ")|(?<senate>" + SENATE_ONLY_COMMITTEES + "))\\b"
            + "|\\b(?:(?<house2>" + HOUSE_ONLY_COMMITTEES + ")|(?<senate2>" + SENATE_ONLY_COMMITTEES + "))\\s+(?:committee|subcommittee|panel)\\b");

    private static Chamber lastTitle(String text) {
        int house = lastMatch(HOUSE_TITLE, text);
        int senate = lastMatch(SENATE_TITLE, text);
        if (house < 0 && senate < 0) {
            return null;
        }
        return house > senate ? Chamber.HOUSE : Chamber.SENATE;
    }

    private static int lastMatch(Pattern p, String text) {
        int last = -1;
        for (Matcher m = p.matcher(text); m.find(); ) {
            last = m.start();
        }
        return last;
    }

    /** The first vote tally in a sentence ({@code 216-213}), or null. */
    static String tally(String normalised) {
        if (!hasDigit(normalised)) {
            return null;
        }
        for (Matcher m = TALLY.matcher(normalised); m.find(); ) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a + b >= 5 && a + b <= 440 && (a >= 2 || b >= 2)) {
                return a + "-" + b;
            }
        }
        return null;
    }

    /** Bill ids cited in a sentence, lower case without the Congress ({@code hr6508}, {@code s2174}). */
    static List<String> citedBills(String sentence) {
        if (!hasDigit(sentence)) {
            return List.of(); // every citation has a number
        }
        Set<String> out = new TreeSet<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        Matcher m = BILL_CITE.matcher(lower);
        while (m.find()) {
            String type = DOTS_AND_SPACES.matcher(m.group(1)).replaceAll("");
            out.add(type + m.group(2));
        }
        Matcher hr = HR_CITE.matcher(lower);
        while (hr.find()) {
            out.add("hr" + hr.group(1));
        }
        return List.copyOf(out);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String stripCongress(String billId) {
        String b = DOTS_AND_SPACES.matcher(billId.toLowerCase(Locale.ROOT)).replaceAll("");
        int dash = b.indexOf('-');
        return dash < 0 ? b : b.substring(0, dash);
    }

    /** Lower case with typographic quotes and dashes folded, keeping every offset. */
    static String normalise(String sentence) {
        StringBuilder b = new StringBuilder(sentence.length());
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            switch (c) {
                case '’', '‘', '`' -> b.append('\'');
                case '“', '”' -> b.append('"');
                case '–', '—', '‑' -> b.append('-');
                default -> {
                    char l = Character.toLowerCase(c);
                    b.append(Character.isWhitespace(l) ? ' ' : l);
                }
            }
        }
        return b.toString();
    }

    private static String lastWords(String text, int n) {
        String[] words = SPACES.split(text.strip());
        int from = Math.max(0, words.length - n);
        return String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
    }

    /**
     * Where the clause that opens {@code s} ends: the first comma, semicolon or colon, except the comma
     * of a date ("on September 18, 2024": the year dates the step), or -1.
     */
    private static int clauseEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' && i > 0 && Character.isDigit(s.charAt(i - 1)) && YEAR_AFTER_COMMA.matcher(s).region(i + 1, s.length()).lookingAt()) {
                continue;
            }
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern YEAR_AFTER_COMMA = Pattern.compile("\\s*(?:19|20)\\d\\d\\b");
}
