package org.newsalert.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.newsalert.ingest.extract.Blocks.Block;

/**
 * Finds the main text of a page in three steps. First it deletes what is never article text (scripts,
 * forms, navigation, hidden elements) and containers whose class or id names boilerplate (share bars,
 * comments, related links) unless they hold much of the page's prose. Then it scores every container
 * by the prose paragraphs directly below it, picks the best as the core, and widens it to its parent
 * while the parent adds more prose than link lists and fragments, so an article split by ads or
 * figures is read whole. Last it keeps the blocks of that container that read like prose or headings.
 */
final class MainText {
    /** Shorter blocks are "fragments" (dates, labels, buttons) rather than prose. */
    private static final int MIN_PROSE_CHARS = 30;
    private static final double MAX_PROSE_LINK_DENSITY = 0.5;

    private static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
            "video", "audio", "picture", "map", "button", "input", "select", "textarea", "option",
            "label", "nav", "aside", "footer", "menu", "dialog", "head", "link", "meta", "figcaption",
            "figure", "header");

    /** Class or id words that mark boilerplate even inside an "article" or "content" container. */
    private static final Set<String> STRONG_NEGATIVE = Set.of(
            "comment", "comments", "share", "sharing", "sharebar", "social", "related", "recommended",
            "recommendations", "recirc", "newsletter", "subscribe", "subscription", "signup", "promo",
            "advert", "advertisement", "ad", "ads", "adsense", "dfp", "sponsor", "sponsored", "sidebar",
            "cookie", "cookies", "consent", "popup", "modal", "outbrain", "taboola", "trending", "popular",
            "disqus", "paywall", "overlay");
    /** Class or id words that mark boilerplate unless the same element also says it is content. */
    private static final Set<String> WEAK_NEGATIVE = Set.of(
            "widget", "widgets", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu",
            "footer", "masthead", "header", "toolbar", "pagination", "pager", "tags", "tag", "caption",
            "credit", "credits", "byline", "author", "bio", "meta", "timestamp", "dateline", "disclaimer",
            "print", "login", "rss", "teaser", "skip", "hidden", "banner", "tools", "utility", "topics",
            "jump", "more", "also", "inline", "embed", "video", "gallery", "photo", "image", "img");
    private static final Set<String> POSITIVE = Set.of(
            "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
            "prose", "blog", "richtext", "permalink", "copy");

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

    private MainText() {}

    /** The blocks of {@code doc}'s main text in document order; empty if none. Mutates {@code doc}. */
    static List<Block> find(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        dropNonContent(body);
        dropBoilerplateContainers(body);

        List<Block> blocks = Blocks.of(body);
        Totals totals = Totals.of(blocks);
        Element core = bestCore(blocks, totals);
        if (core == null) {
            return List.of();
        }
        Element chosen = widen(core, totals);
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            if (isInside(b.owner(), chosen) && keep(b)) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static void dropNonContent(Element body) {
        List<Node> doomed = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof Comment) {
                doomed.add(node);
            } else if (node instanceof Element e && depth > 0) {
                if (DROP_TAGS.contains(e.normalName()) || isHidden(e) || isFormChrome(e)) {
                    doomed.add(e);
                }
            }
        });
        doomed.forEach(Node::remove);
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    /** ASP.NET-style pages wrap the whole page in a form, so only drop forms without prose. */
    private static boolean isFormChrome(Element e) {
        if (!e.normalName().equals("form")) {
            return false;
        }
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= 2 * MIN_PROSE_CHARS) {
                return false;
            }
        }
        return true;
    }

    private static void dropBoilerplateContainers(Element body) {
        List<Block> blocks = Blocks.of(body);
        Totals totals = Totals.of(blocks);
        double pageProse = totals.prose(body);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            Hint hint = hint(e);
            boolean commentSection = hint.words().contains("comment") || hint.words().contains("comments");
            boolean boilerplate = hint.strongNegative() || (hint.weakNegative() && !hint.positive());
            // A container holding most of the page's prose is the article, whatever its class says.
            if (boilerplate && (commentSection || totals.prose(e) < 0.4 * pageProse)) {
                doomed.add(e);
            }
        }
        doomed.forEach(Node::remove);
    }

    private static Element bestCore(List<Block> blocks, Totals totals) {
        Map<Element, Double> points = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.chars() < MIN_PROSE_CHARS || b.linkDensity() > MAX_PROSE_LINK_DENSITY || b.isHeading()) {
                continue;
            }
            double p = 1 + TextStats.commas(b.text()) + Math.min(b.chars() / 100.0, 3);
            Element container = isParagraph(b.owner()) ? b.owner().parent() : b.owner();
            double share = 1;
            for (int level = 0; level < 3 && container != null; level++, container = container.parent()) {
                points.merge(container, p * share, Double::sum);
                share /= 2;
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : points.entrySet()) {
            Element e = entry.getKey();
            double score = entry.getValue() * (1 - totals.linkDensity(e)) * hint(e).weight();
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Climbs while the next ancestor that adds any text at all adds more prose than fragments and
     * links; wrappers that add nothing are passed through.
     */
    private static Element widen(Element core, Totals totals) {
        Element node = core;
        for (Element up = core.parent(); up != null && !node.normalName().equals("body"); up = up.parent()) {
            double addedProse = totals.prose(up) - totals.prose(node);
            double addedNoise = totals.noise(up) - totals.noise(node);
            if (addedProse == 0 && addedNoise == 0) {
                continue;
            }
            if (addedProse < addedNoise) {
                break;
            }
            node = up;
        }
        return node;
    }

    private static boolean keep(Block b) {
        if (b.owner().normalName().equals("h1")) {
            return false; // the title, reported separately
        }
        if (b.linkDensity() > MAX_PROSE_LINK_DENSITY) {
            // A linked lead-in followed by a sentence of its own (a news digest item) is still prose.
            return b.linkDensity() < 0.8 && b.chars() - b.linkChars() >= 2 * MIN_PROSE_CHARS;
        }
        return b.chars() >= MIN_PROSE_CHARS || b.isHeading() || endsLikeSentence(b.text()) || isBoldLine(b);
    }

    /** A paragraph that is all bold or strong text is a subheading by another name. */
    private static boolean isBoldLine(Block b) {
        Element owner = b.owner();
        if (!owner.normalName().equals("p") || owner.childrenSize() != 1 || b.linkChars() > 0) {
            return false;
        }
        String tag = owner.child(0).normalName();
        return (tag.equals("strong") || tag.equals("b")) && owner.child(0).text().length() >= owner.text().length() - 1;
    }

    /**
     * Running text: long enough, mostly not links, and either a finished sentence or long. Teaser
     * headlines (short, unpunctuated) are deliberately not prose, so lists of them count as noise.
     */
    static boolean isProse(Block b) {
        return b.chars() >= MIN_PROSE_CHARS && b.linkDensity() <= MAX_PROSE_LINK_DENSITY
                && (b.chars() >= 4 * MIN_PROSE_CHARS || endsLikeSentence(b.text()));
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?:;\"”’)…。！？".indexOf(last) >= 0;
    }

    private static boolean isParagraph(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    record Hint(Set<String> words, boolean strongNegative, boolean weakNegative, boolean positive) {
        double weight() {
            if (strongNegative || (weakNegative && !positive)) {
                return 0.5;
            }
            return positive ? 1.25 : 1.0;
        }
    }

    private static final Hint NO_HINT = new Hint(Set.of(), false, false, false);

    static Hint hint(Element e) {
        if (e.attributesSize() == 0 && !e.normalName().equals("article") && !e.normalName().equals("main")) {
            return NO_HINT; // most elements: skip the string work
        }
        String names = e.className() + " " + e.id();
        Set<String> words = new HashSet<>();
        for (String w : WORD_SPLIT.split(names)) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        boolean strong = false;
        boolean weak = role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("menu");
        boolean positive = e.normalName().equals("article") || e.normalName().equals("main")
                || e.attr("itemprop").equalsIgnoreCase("articleBody") || role.equals("main");
        for (String w : words) {
            strong |= STRONG_NEGATIVE.contains(w);
            weak |= WEAK_NEGATIVE.contains(w);
            positive |= POSITIVE.contains(w);
        }
        return new Hint(words, strong, weak, positive);
    }

    /** Prose and noise characters below each element, summed once over the blocks. */
    private record Totals(Map<Element, double[]> sums) {
        static Totals of(List<Block> blocks) {
            Map<Element, double[]> sums = new IdentityHashMap<>();
            for (Block b : blocks) {
                boolean prose = isProse(b);
                double proseChars = prose ? b.chars() - b.linkChars() : 0;
                double noiseChars = b.chars() - proseChars;
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    double[] s = sums.computeIfAbsent(e, k -> new double[3]);
                    s[0] += proseChars;
                    s[1] += noiseChars;
                    s[2] += b.linkChars();
                }
            }
            return new Totals(sums);
        }

        double prose(Element e) {
            double[] s = sums.get(e);
            return s == null ? 0 : s[0];
        }

        double noise(Element e) {
            double[] s = sums.get(e);
            return s == null ? 0 : s[1];
        }

        double linkDensity(Element e) {
            double[] s = sums.get(e);
            return s == null || s[0] + s[1] == 0 ? 0 : s[2] / (s[0] + s[1]);
        }
    }
}
