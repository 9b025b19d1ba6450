package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsalert.testing.Fixtures;

/** Checks the bundled tables against the team's reference tables in {@code ../shared} when they are there. */
class ReferenceTablesTest {

    @Test
    void shouldHaveTheSameStatesAndApAbbreviationsAsTheSharedTable() throws IOException {
        List<Map<String, String>> shared = read("data/congress/us-states.csv");
        for (Map<String, String> r : shared) {
            States.State s = States.get().byUsps(r.get("usps")).orElseThrow(() -> new AssertionError(r.get("usps")));
            assertThat(s.name()).isEqualTo(r.get("name"));
            assertThat(States.get().lookup(r.get("ap_abbrev"))).contains(s);
        }
        assertThat(States.get().all()).hasSameSizeAs(shared);
    }

    @Test
    void shouldHaveTheSameBillTypesAsTheSharedTable() throws IOException {
        List<String> shared = read("data/congress/bill-types.csv").stream()
                .map(r -> r.get("usc_bill_type"))
                .filter(t -> !t.endsWith("amdt"))
                .sorted()
                .toList();
        assertThat(Arrays.stream(BillType.values()).map(BillType::code).sorted().toList()).isEqualTo(shared);
    }

    @Test
    void shouldBundleEveryServingMember() throws IOException {
        List<Map<String, String>> shared = read("data/congress/members-current-index.csv");
        Roster roster = Roster.loadDefault();
        assertThat(roster.members()).hasSameSizeAs(shared);
        for (Map<String, String> r : shared) {
            Member m = roster.member(r.get("bioguide")).orElseThrow(() -> new AssertionError(r.get("bioguide")));
            assertThat(m.state()).isEqualTo(r.get("state"));
            assertThat(m.party()).isEqualTo(r.get("party_code"));
        }
    }

    private static List<Map<String, String>> read(String relative) throws IOException {
        Path p = Fixtures.shared(relative);
        Assumptions.assumeTrue(p != null, relative + " not present");
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(p.toFile())) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }
}
