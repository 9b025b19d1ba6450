package org.newsalert.ingest.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article description a page publishes as schema.org JSON-LD. Publishers write it for search
 * engines, so when it carries an {@code articleBody} that is the publisher's own statement of the
 * main text; it is read leniently because hand-written JSON-LD is often not quite JSON.
 */
record JsonLd(String headline, String articleBody, String author, String datePublished, String language) {

    static final JsonLd EMPTY = new JsonLd(null, null, null, null, null);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    /** Reads every {@code application/ld+json} script and keeps the most article-like object. */
    static JsonLd of(Document doc) {
        List<JsonNode> candidates = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().trim();
            if (json.startsWith("<!--")) {
                json = json.substring(4).replaceFirst("-->\\s*$", "");
            }
            try {
                collect(MAPPER.readTree(json), candidates, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common and only ever a hint: ignore it.
            }
        }
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode node : candidates) {
            int rank = rank(node);
            if (rank > bestRank) {
                best = node;
                bestRank = rank;
            }
        }
        if (best == null) {
            return EMPTY;
        }
        return new JsonLd(
                string(best.get("headline")),
                string(best.get("articleBody")),
                names(best.get("author")),
                string(best.get("datePublished")),
                language(best.get("inLanguage")));
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, out, depth + 1));
        } else if (node.isObject()) {
            if (isArticle(node) || node.hasNonNull("articleBody")) {
                out.add(node);
            }
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    /** A body beats a bare article type; a longer body beats a shorter one. */
    private static int rank(JsonNode node) {
        String body = string(node.get("articleBody"));
        return 1 + (isArticle(node) ? 1 : 0) + (body == null ? 0 : 2 + body.length());
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String name = t.asText("").toLowerCase(Locale.ROOT);
            if (name.endsWith("article") || name.equals("blogposting") || name.equals("report")
                    || name.equals("liveblogposting") || name.equals("socialmediaposting")) {
                return true;
            }
        }
        return false;
    }

    private static String string(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : string(node.get(0));
        }
        if (node.isObject()) {
            return string(node.has("name") ? node.get("name") : node.get("@value"));
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private static String names(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : node.isArray() ? node : List.of(node)) {
            String name = string(one);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String language(JsonNode node) {
        if (node != null && node.isObject() && node.has("alternateName")) {
            return string(node.get("alternateName"));
        }
        return string(node);
    }
}
