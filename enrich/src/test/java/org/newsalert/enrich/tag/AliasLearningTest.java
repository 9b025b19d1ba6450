package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsalert.events.Tag;

class AliasLearningTest {
    private static final Tagger TAGGER = Tagger.loadDefault();
    private static final Instant DEC_2025 = Instant.parse("2025-12-10T12:00:00Z");
    private static final Tag NATO_ACT = new Tag(Tag.Type.BILL, "hr6508-119", "H.R. 6508 (119th Congress)");

    private static TagResult tag(String text, Instant published, InMemoryAliasBook aliases) {
        TagResult r = TAGGER.tag("", text, published, aliases);
        r.learnInto(aliases);
        return r;
    }

    @Test
    void shouldTagALaterArticleThatNamesOnlyTheAct() {
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        TagResult first = tag("Massie filed the NATO Act (H.R. 6508) on Tuesday.", DEC_2025, aliases);
        TagResult second = tag("Critics said the NATO Act would weaken the alliance.", DEC_2025, aliases);
        assertThat(first.learned()).containsExactly(new LearnedAlias("nato act", "hr6508-119"));
        assertThat(second.tags(Tag.Type.BILL)).containsExactly(NATO_ACT);
        assertThat(second.learned()).isEmpty();
    }

    @Test
    void shouldLearnEveryWayAnArticleTiesANameToANumber() {
        assertThat(learned("The House passed H.R. 27, the HALT Fentanyl Act, on Thursday."))
                .containsExactly(Map.entry("halt fentanyl act", "hr27-119"));
        assertThat(learned("The bill, H.R. 6508, dubbed the NATO Act, would withdraw the U.S."))
                .containsExactly(Map.entry("nato act", "hr6508-119"));
        assertThat(learned("Today the House passed H.R. 467, the Halt All Lethal Trafficking of Fentanyl Act or the HALT Fentanyl Act."))
                .containsExactly(Map.entry("halt all lethal trafficking of fentanyl act", "hr467-119"),
                        Map.entry("halt fentanyl act", "hr467-119"));
        assertThat(learned("Rep. Massie introduced H.R. 6508 on Tuesday. Massie's bill, the NATO Act, would end membership."))
                .containsExactly(Map.entry("nato act", "hr6508-119"));
        assertThat(learned("Sen. Lee filed the Not A Trusted Organization Act, S. 2174, in June."))
                .containsExactly(Map.entry("not a trusted organization act", "s2174-119"));
    }

    @Test
    void shouldTieTheOnlyActNamedToTheNumberGivenAsTheBills() {
        assertThat(learned("Sen. Capito introduced the Rural Broadband Access Act on Tuesday. The bill, S. 1234, has one cosponsor."))
                .containsExactly(Map.entry("rural broadband access act", "s1234-119"));
        // Two acts named: "the bill" could be either.
        assertThat(learned("Capito introduced the Rural Broadband Access Act, which amends the Communications Act."
                + " The bill, S. 1234, has one cosponsor.")).isEmpty();
    }

    @Test
    void shouldTagTheOtherChambersBillKnownByTheSameNameAsACompanion() {
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        tag("Sen. Capito filed the Rural Broadband Access Act (S. 1234) on Tuesday.", DEC_2025, aliases);
        TagResult companion = tag("Rep. Miller filed the Rural Broadband Access Act (H.R. 2468), the House version.",
                DEC_2025, aliases);
        assertThat(companion.tags(Tag.Type.BILL)).extracting(Tag::id).containsExactly("hr2468-119", "s1234-119");

        // The same chamber's next bill under an old name is another effort.
        InMemoryAliasBook book = new InMemoryAliasBook();
        tag("The House passed H.R. 4, the Rescissions Act, in June.", DEC_2025, book);
        TagResult next = tag("The White House sent a second package, H.R. 5100, the Rescissions Act, to Congress.", DEC_2025, book);
        assertThat(next.tags(Tag.Type.BILL)).extracting(Tag::id).containsExactly("hr5100-119");
    }

    @Test
    void shouldListTheBillsInTheOrderTheArticleFirstNamesThem() {
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        aliases.learn("forest management improvement act", "s2050-119");
        TagResult r = TAGGER.tag("Senate passes Forest Management Improvement Act",
                "The measure is separate from H.R. 4100, which the House passed. Unlike S. 9, it funds thinning;"
                        + " H.R. 4100 funds fire districts.", DEC_2025, aliases);
        assertThat(r.billOrder()).containsExactly("s2050-119", "hr4100-119", "s9-119");
        assertThat(r.leadBill()).isEqualTo("s2050-119");
        assertThat(TAGGER.tag("", "No bill here.", DEC_2025, aliases).leadBill()).isNull();
    }

    @Test
    void shouldNotTieANameToANumberItOnlyStandsNear() {
        assertThat(learned("H.R. 27 would amend the Controlled Substances Act to make the scheduling permanent.")).isEmpty();
        // Two bills cited: "the bill, the NATO Act" could be either.
        assertThat(learned("Massie filed H.R. 6508 and Lee filed S. 2174. The bill, the NATO Act, would end membership."))
                .isEmpty();
    }

    @Test
    void shouldIgnoreANameLearnedInAnEarlierCongress() {
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        tag("In 2023 the House passed H.R. 467, the HALT Fentanyl Act.", Instant.parse("2023-05-25T12:00:00Z"), aliases);
        TagResult later = tag("The Senate passed the HALT Fentanyl Act on Friday.", Instant.parse("2025-03-14T12:00:00Z"), aliases);
        assertThat(later.tags(Tag.Type.BILL)).isEmpty();
    }

    @Test
    void shouldReplaceANameWhenANewerArticleTiesItToAnotherBill() {
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        tag("In 2023 the House passed H.R. 467, the HALT Fentanyl Act.", Instant.parse("2023-05-25T12:00:00Z"), aliases);
        TagResult again = tag("The House passed H.R. 27, known as the HALT Fentanyl Act.", Instant.parse("2025-02-07T12:00:00Z"), aliases);
        assertThat(again.learned()).containsExactly(new LearnedAlias("halt fentanyl act", "hr27-119"));
        assertThat(aliases.snapshot()).containsExactly(Map.entry("halt fentanyl act", "hr27-119"));
    }

    @Test
    void shouldFindAKnownActInsideATitleCaseHeadline() {
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        aliases.learn("halt fentanyl act", "hr27-119");
        TagResult r = TAGGER.tag("House Passes HALT Fentanyl Act, Sending Bill to Trump's Desk", "", Instant.parse("2025-06-12T12:00:00Z"), aliases);
        assertThat(r.tags(Tag.Type.BILL)).containsExactly(new Tag(Tag.Type.BILL, "hr27-119", "H.R. 27 (119th Congress)"));
    }

    @Test
    void shouldNormaliseActNamesToOneKey() {
        assertThat(Tagger.normaliseActName("the Halt All Lethal Trafficking (HALT) of Fentanyl Act of 2025"))
                .isEqualTo("halt all lethal trafficking of fentanyl act");
        assertThat(Tagger.normaliseActName("The “NATO Act”")).isEqualTo("nato act");
        assertThat(Tagger.normaliseActName("Veterans' Health Act")).isEqualTo("veterans health act");
    }

    private static Map<String, String> learned(String text) {
        Map<String, String> out = new java.util.TreeMap<>();
        TAGGER.tag("", text, DEC_2025, new InMemoryAliasBook()).learned().forEach(a -> out.put(a.name(), a.billId()));
        return out;
    }

    @Test
    void shouldTakeAKnownActNamedOnlyAfterAnotherActLedTheArticleForAMention() {
        InMemoryAliasBook aliases = new InMemoryAliasBook();
        tag("The House Commerce Committee passed the Take It Down Act (H.R. 633) on a 49-1 vote.", DEC_2025, aliases);
        String builds = "\nThe DEFIANCE Act builds on the Take It Down Act, which makes it illegal to distribute such images.";

        TagResult other = TAGGER.tag("US Senate cracks down on sexual deepfakes", "The US Senate has passed the Disrupt Explicit"
                + " Forged Images and Non-Consensual Edits Act (DEFIANCE Act), a bill aimed at protecting victims." + builds,
                DEC_2025, aliases);
        assertThat(other.tags(Tag.Type.BILL)).extracting(Tag::id).containsExactly("hr633-119");
        assertThat(other.mentioned()).containsExactly("hr633-119");
        assertThat(other.leadBill()).isNull();

        // The known act in the lead, or cited by number anywhere: the article is about it too.
        TagResult inLead = TAGGER.tag("Senate passes DEFIANCE Act, a Take It Down Act follow-up", "The US Senate has passed the"
                + " DEFIANCE Act, a bill aimed at protecting victims." + builds, DEC_2025, aliases);
        TagResult cited = TAGGER.tag("", "The US Senate has passed the DEFIANCE Act, a bill aimed at protecting victims."
                + builds + " The House passed H.R. 633 in April.", DEC_2025, aliases);
        assertThat(inLead.mentioned()).isEmpty();
        assertThat(cited.mentioned()).isEmpty();
        assertThat(cited.leadBill()).isEqualTo("hr633-119");
    }
}
