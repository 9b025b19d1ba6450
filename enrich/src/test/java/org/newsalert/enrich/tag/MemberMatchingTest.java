package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsalert.events.Tag;

class MemberMatchingTest {
    private static final Tagger TAGGER = Tagger.loadDefault();
    private static final Instant DEC_2025 = Instant.parse("2025-12-10T12:00:00Z");

    private static List<String> members(String text) {
        return TAGGER.tag("", text, DEC_2025, new InMemoryAliasBook()).tags(Tag.Type.MEMBER).stream()
                .map(t -> t.id() + " " + t.label())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rep. Thomas Massie (R-Ky.) has introduced legislation.                 | M001184 Thomas Massie (R-KY)
            Rep. Thomas Massie, R-Ky., on Wednesday introduced a bill.             | M001184 Thomas Massie (R-KY)
            Thomas Massie (R-KY) introduced a bill Tuesday.                        | M001184 Thomas Massie (R-KY)
            The bill drew support from Massie, R-KY, and others.                   | M001184 Thomas Massie (R-KY)
            Republican Rep. Thomas Massie of Kentucky filed it.                    | M001184 Thomas Massie (R-KY)
            Kentucky Congressman Thomas Massie filed it.                           | M001184 Thomas Massie (R-KY)
            On Wednesday, Representative Thomas Massie of Kentucky spoke.          | M001184 Thomas Massie (R-KY)
            Rep. Anna Paulina Luna (R-Fla.) is co-sponsoring the bill.             | L000596 Anna Paulina Luna (R-FL)
            Rep. Anna Paulina Luna, a Republican from Florida, posted on X.        | L000596 Anna Paulina Luna (R-FL)
            Sen. Mike Lee (R-Utah) has filed companion legislation.                | L000577 Mike Lee (R-UT)
            Utah Republican Sen. Mike Lee wants the US to leave.                   | L000577 Mike Lee (R-UT)
            Senator Mike Lee of Utah introduced companion legislation.             | L000577 Mike Lee (R-UT)
            The companion bill came from Sen. Lee in June.                         | L000577 Mike Lee (R-UT)
            Rep. Susie Lee (D-Nev.) voted no.                                      | L000590 Susie Lee (D-NV)
            Rep. Lee (D-Pa.) voted no.                                             | L000602 Summer L. Lee (D-PA)
            Rep. Lee, R-Fla., voted yes.                                           | L000597 Laurel M. Lee (R-FL)
            Summer Lee spoke first. Later Rep. Lee said the vote was close.        | L000602 Summer L. Lee (D-PA)
            Committee Chairman Charles E. Grassley, Iowa Republican, said so.      | G000386 Chuck Grassley (R-IA)
            Sen. Chuck Grassley (R-Iowa) said so.                                  | G000386 Chuck Grassley (R-IA)
            Sen. Bernie Sanders (I-Vt.) objected.                                  | S000033 Bernard Sanders (I-VT)
            Rep. Kevin Kiley (R-Calif.) voted with Republicans.                    | K000401 Kevin Kiley (I-CA)
            Sen. Ben Ray Lujan (D-N.M.) objected.                                  | L000570 Ben Ray Luján (D-NM)
            Reps. Morgan Griffith (R-VA) and Bob Latta (R-OH) led the bill.        | G000568 H. Morgan Griffith (R-VA),L000566 Robert E. Latta (R-OH)
            """)
    void shouldResolveMembersFromNameTitleAndPartyState(String text, String expected) {
        assertThat(members(text)).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Rep. Lee voted no.",
            "Mr. Lee introduced the following bill.",
            "Rep. Barbara Lee of California spoke at the rally.",
            "EPA Administrator Lee Zeldin announced the rule.",
            "Lee said the alliance had run its course.",
            "Massie Seeks US NATO Exit Amid Trump's Tough Talk",
            "Rep. Lee (D-Nev.) and Rep. Lee (R-Fla.) both spoke, and Rep. Lee later voted.",
            })
    void shouldLeaveAnAmbiguousOrUnknownMentionUntagged(String text) {
        List<String> found = members(text);
        if (text.startsWith("Rep. Lee (D-Nev.)")) {
            // The two qualified mentions resolve; the bare third one could be either and adds nothing.
            assertThat(found).containsExactly("L000590 Susie Lee (D-NV)", "L000597 Laurel M. Lee (R-FL)");
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void shouldExposeTheChamberOfATaggedMember() {
        assertThat(TAGGER.member("L000577")).get().extracting(Member::chamber).isEqualTo(Chamber.SENATE);
        assertThat(TAGGER.member("M001184")).get().extracting(Member::chamber, Member::state, Member::district)
                .containsExactly(Chamber.HOUSE, "KY", 4);
    }
}
