package org.newsalert.notify.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logic-less template of our own, chosen over a library because the emails need only values and
 * loops, and a template language with no raw-output form makes unescaped article text impossible.
 * {@code {{name}}} prints a value escaped for the template's {@link Escape}; {@code {{#name}}...{{/name}}}
 * repeats for each element of a list (a map's keys become names, a string is {@code {{.}}}) or
 * renders once for a non-empty string or {@code true}; {@code {{?name}}...{{/name}}} renders once when
 * the value is not empty and {@code {{^name}}...{{/name}}} when it is. A name missing from the model is a programmer error.
 */
final class Template {
    /** How values are escaped. */
    enum Escape {
        /** Text and attribute values: {@code & < > " '} become entities. */
        HTML,
        /** Plain text: control characters other than newline and tab are dropped. */
        TEXT
    }

    private static final Pattern TAG = Pattern.compile("\\{\\{([#^?/]?)\\s*([A-Za-z0-9_.]+)\\s*}}");

    private sealed interface Node permits Text, Var, Section {}

    private record Text(String text) implements Node {}

    private record Var(String name) implements Node {}

    private record Section(String name, char kind, List<Node> body) implements Node {}

    private final String name;
    private final Escape escape;
    private final List<Node> nodes;

    private Template(String name, Escape escape, List<Node> nodes) {
        this.name = name;
        this.escape = escape;
        this.nodes = nodes;
    }

    static Template parse(String name, String source, Escape escape) {
        Deque<Section> open = new ArrayDeque<>();
        List<Node> root = new ArrayList<>();
        Matcher m = TAG.matcher(source);
        int at = 0;
        while (m.find()) {
            List<Node> into = open.isEmpty() ? root : open.peek().body();
            if (m.start() > at) {
                into.add(new Text(source.substring(at, m.start())));
            }
            String kind = m.group(1);
            String var = m.group(2);
            switch (kind) {
                case "#", "^", "?" -> {
                    Section s = new Section(var, kind.charAt(0), new ArrayList<>());
                    into.add(s);
                    open.push(s);
                }
                case "/" -> {
                    if (open.isEmpty() || !open.peek().name().equals(var)) {
                        throw new IllegalArgumentException(name + ": unexpected {{/" + var + "}}");
                    }
                    open.pop();
                }
                default -> into.add(new Var(var));
            }
            at = m.end();
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException(name + ": unclosed {{#" + open.peek().name() + "}}");
        }
        if (at < source.length()) {
            root.add(new Text(source.substring(at)));
        }
        return new Template(name, escape, root);
    }

    /** Loads {@code templates/<file>} from the classpath. */
    static Template load(String file, Escape escape) {
        String path = "templates/" + file;
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("template " + path + " is not on the classpath");
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8), escape);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }

    String render(Map<String, ?> model) {
        StringBuilder out = new StringBuilder(1024);
        render(nodes, model, out);
        return out.toString();
    }

    private void render(List<Node> list, Map<String, ?> scope, StringBuilder out) {
        for (Node n : list) {
            if (n instanceof Text t) {
                out.append(t.text());
            } else if (n instanceof Var v) {
                out.append(escape(String.valueOf(lookup(scope, v.name()))));
            } else if (n instanceof Section s) {
                Object value = lookup(scope, s.name());
                boolean empty = value == null || Boolean.FALSE.equals(value)
                        || (value instanceof Collection<?> c && c.isEmpty()) || (value instanceof String str && str.isEmpty());
                if (s.kind() == '^' || s.kind() == '?') {
                    if (empty == (s.kind() == '^')) {
                        render(s.body(), scope, out);
                    }
                } else if (!empty) {
                    if (value instanceof Collection<?> items) {
                        for (Object item : items) {
                            render(s.body(), child(scope, item), out);
                        }
                    } else {
                        render(s.body(), scope, out);
                    }
                }
            }
        }
    }

    private Object lookup(Map<String, ?> scope, String var) {
        if (!scope.containsKey(var)) {
            throw new IllegalArgumentException(name + ": no value for {{" + var + "}}");
        }
        return scope.get(var);
    }

    private static Map<String, ?> child(Map<String, ?> parent, Object item) {
        Map<String, Object> scope = new HashMap<>(parent);
        if (item instanceof Map<?, ?> m) {
            m.forEach((k, v) -> scope.put(String.valueOf(k), v));
        } else {
            scope.put(".", item);
        }
        return scope;
    }

    private String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (escape == Escape.HTML) {
                switch (c) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '"' -> b.append("&quot;");
                    case '\'' -> b.append("&#39;");
                    default -> b.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
                }
            } else if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
