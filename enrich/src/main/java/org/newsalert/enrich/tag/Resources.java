package org.newsalert.enrich.tag;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads the bundled CSV tables under {@code /congress/}; a missing or broken table is a build error, so it fails fast. */
final class Resources {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS).build();

    private Resources() {}

    static List<Map<String, String>> csv(String name) {
        String path = "/congress/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + path);
            }
            CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema).readValues(in)) {
                while (it.hasNext()) {
                    rows.add(it.next());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }

    /** Splits a pipe-separated cell; empty cells give an empty list. */
    static List<String> forms(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
