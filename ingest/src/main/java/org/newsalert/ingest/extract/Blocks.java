package org.newsalert.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens a DOM into text blocks: the runs of text a reader sees as one paragraph, each tied to the
 * element that holds it. Only block-level elements split text, so inline markup (links, emphasis,
 * spans, unknown custom tags) stays inside its paragraph and its link share can be measured.
 */
final class Blocks {
    /** Tags that start a new block; everything else (including unknown tags) is inline. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** One paragraph of visible text. {@code text} keeps explicit line breaks as '\n'. */
    record Block(Element owner, String text, int chars, int linkChars) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        boolean isHeading() {
            return HEADINGS.contains(owner.normalName());
        }
    }

    private Blocks() {}

    static List<Block> of(Element root) {
        Collector collector = new Collector(root);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final Deque<Element> owners = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int linkDepth;

        Collector(Element root) {
            owners.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (linkDepth > 0) {
                    linkChars += visibleLength(s);
                }
                text.append(s);
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    owners.push(e);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    owners.pop();
                }
            }
        }

        void flush() {
            if (text.length() == 0) {
                return;
            }
            StringBuilder out = new StringBuilder();
            for (String line : text.toString().split("\n")) {
                String squashed = TextStats.squash(line);
                if (!squashed.isEmpty()) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(squashed);
                }
            }
            if (out.length() > 0) {
                int chars = visibleLength(out);
                blocks.add(new Block(owners.peek(), out.toString(), chars, Math.min(linkChars, chars)));
            }
            text.setLength(0);
            linkChars = 0;
        }

        private static int visibleLength(CharSequence s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!TextStats.isSpace(s.charAt(i))) {
                    n++;
                }
            }
            return n;
        }
    }
}
