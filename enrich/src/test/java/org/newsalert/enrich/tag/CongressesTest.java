package org.newsalert.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsalert.testing.Fixtures;

class CongressesTest {

    @Test
    void shouldKeepTheFirstTwoDaysOfAnOddYearInTheOldCongress() {
        assertThat(Congresses.at(Instant.parse("2025-01-01T12:00:00Z"))).isEqualTo(118);
        assertThat(Congresses.at(Instant.parse("2025-01-03T16:59:00Z"))).isEqualTo(118);
        assertThat(Congresses.at(Instant.parse("2025-01-03T17:00:00Z"))).isEqualTo(119);
        assertThat(Congresses.at(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo(119);
        assertThat(Congresses.at(Instant.parse("2027-01-04T00:00:00Z"))).isEqualTo(120);
        assertThat(Congresses.firstYear(119)).isEqualTo(2025);
    }

    @Test
    void shouldWriteOrdinalsTheEnglishWay() {
        assertThat(new String[] {
                    Congresses.ordinal(101), Congresses.ordinal(102), Congresses.ordinal(103), Congresses.ordinal(111),
                    Congresses.ordinal(112), Congresses.ordinal(113), Congresses.ordinal(119), Congresses.ordinal(121),
                    Congresses.ordinal(122), Congresses.ordinal(123)})
                .containsExactly("101st", "102nd", "103rd", "111th", "112th", "113th", "119th", "121st", "122nd", "123rd");
    }

    @Test
    void shouldAgreeWithTheSharedCongressTable() throws IOException {
        Path table = Fixtures.shared("data/congress/congresses.csv");
        Assumptions.assumeTrue(table != null, "shared/data/congress not present");
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows =
                csv.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(table.toFile())) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                int congress = Integer.parseInt(r.get("congress"));
                Instant start = LocalDate.parse(r.get("term_start")).atTime(18, 0).toInstant(ZoneOffset.UTC);
                Instant lastDay = LocalDate.parse(r.get("term_end")).minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                assertThat(Congresses.at(start)).as("start of %s", congress).isEqualTo(congress);
                assertThat(Congresses.at(lastDay)).as("end of %s", congress).isEqualTo(congress);
                assertThat(Congresses.ordinal(congress)).isEqualTo(r.get("ordinal"));
                assertThat(Congresses.firstYear(congress)).isEqualTo(Integer.parseInt(r.get("first_year")));
            }
        }
    }
}
