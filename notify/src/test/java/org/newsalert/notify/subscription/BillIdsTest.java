package org.newsalert.notify.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BillIdsTest {
    private static final LocalDate IN_119TH = LocalDate.of(2025, 6, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HR6508        | hr6508-119",
        "h.r. 6508     | hr6508-119",
        "H.R.6508      | hr6508-119",
        "HR 06508      | hr6508-119",
        "hr-6508       | hr6508-119",
        "hr6508-119    | hr6508-119",
        "hr6508-118    | hr6508-118",
        "H.R. 6508-117th | hr6508-117",
        "S.J.Res. 12   | sjres12-119",
        "SJRes12       | sjres12-119",
        "H.J.Res. 7    | hjres7-119",
        "H. Con. Res. 5 | hconres5-119",
        "S.Con.Res.3   | sconres3-119",
        "H.Res. 101    | hres101-119",
        "S. Res. 9     | sres9-119",
        "S. 12         | s12-119",
        "s12           | s12-119",
    })
    void shouldNormaliseTypedCitations(String typed, String expected) {
        assertThat(BillIds.normalise(typed, IN_119TH)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hr", "6508", "xyz6508", "hr0", "hr6508-120", "hr6508-0", "h.r.", "nato", "hr123456"})
    void shouldRejectWhatIsNotABillOrNamesAFutureCongress(String typed) {
        assertThat(BillIds.normalise(typed, IN_119TH)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-02, 118",
        "2025-01-03, 119",
        "2026-12-31, 119",
        "2027-01-02, 119",
        "2027-01-03, 120",
        "2024-01-01, 118",
        "1790-06-01, 1",
        "1791-01-03, 2",
    })
    void shouldTakeTheCongressFromTheDate(LocalDate date, int congress) {
        assertThat(BillIds.congressOn(date)).isEqualTo(congress);
    }

    @Test
    void shouldResolveABareCitationToTheCongressSittingOnTheDate() {
        assertThat(BillIds.normalise("HR1", LocalDate.of(2025, 1, 2))).contains("hr1-118");
        assertThat(BillIds.normalise("HR1", LocalDate.of(2025, 1, 3))).contains("hr1-119");
    }
}
