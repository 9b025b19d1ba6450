package org.newsalert.notify.subscription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Parses the subscription query language: terms ({@code bill:hr6508-119}, {@code member:"Mike Lee"},
 * {@code tag:nato}, {@code org:}, {@code place:}, {@code committee:}, {@code topic:}, bare words and
 * "quoted phrases") combined with {@code NOT} (tightest), {@code AND} (also implied between
 * adjacent terms) and {@code OR} (loosest), grouped with parentheses. Operators are upper-case, so
 * that a lower-case "and" stays a word. Bill citations are resolved against {@code asOf}.
 */
public final class QueryParser {
    static final int MAX_LENGTH = 2000;
    static final int MAX_TERMS = 100;
    static final int MAX_DEPTH = 32;

    private final String text;
    private final LocalDate asOf;
    private final List<Token> tokens;
    private int next;
    private int depth;
    private int terms;

    private QueryParser(String text, LocalDate asOf) throws QuerySyntaxException {
        this.text = text;
        this.asOf = asOf;
        this.tokens = new Lexer(text).tokens();
    }

    /** Parses {@code text}; bill citations without a Congress get the one sitting on {@code asOf}. */
    public static Query parse(String text, LocalDate asOf) throws QuerySyntaxException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(asOf, "asOf");
        if (text.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("query is longer than " + MAX_LENGTH + " characters", MAX_LENGTH + 1);
        }
        if (text.isBlank()) {
            throw new QuerySyntaxException("query is empty", 1);
        }
        QueryParser p = new QueryParser(text, asOf);
        Query q = p.or();
        Token t = p.peek();
        if (t.kind != Kind.EOF) {
            throw p.unexpected(t);
        }
        return q;
    }

    private Query or() throws QuerySyntaxException {
        List<Query> operands = new ArrayList<>();
        operands.add(and());
        while (peek().kind == Kind.OR) {
            next++;
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Query.Or(flatten(operands, Query.Or.class));
    }

    private Query and() throws QuerySyntaxException {
        List<Query> operands = new ArrayList<>();
        operands.add(unary());
        while (true) {
            Kind k = peek().kind;
            if (k == Kind.AND) {
                next++;
            } else if (k != Kind.TERM && k != Kind.NOT && k != Kind.LPAREN) {
                break;
            }
            operands.add(unary());
        }
        return operands.size() == 1 ? operands.get(0) : new Query.And(flatten(operands, Query.And.class));
    }

    private Query unary() throws QuerySyntaxException {
        Token t = peek();
        if (t.kind == Kind.NOT) {
            next++;
            enter(t);
            Query operand = unary();
            depth--;
            return new Query.Not(operand);
        }
        return primary();
    }

    private Query primary() throws QuerySyntaxException {
        Token t = peek();
        switch (t.kind) {
            case LPAREN: {
                next++;
                enter(t);
                Query inner = or();
                depth--;
                if (peek().kind != Kind.RPAREN) {
                    Token after = peek();
                    throw after.kind == Kind.EOF
                            ? new QuerySyntaxException("unclosed '('", t.position)
                            : unexpected(after);
                }
                next++;
                return inner;
            }
            case TERM:
                next++;
                if (++terms > MAX_TERMS) {
                    throw new QuerySyntaxException("more than " + MAX_TERMS + " terms", t.position);
                }
                return term(t);
            default:
                throw unexpected(t);
        }
    }

    private void enter(Token t) throws QuerySyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new QuerySyntaxException("nested deeper than " + MAX_DEPTH + " levels", t.position);
        }
    }

    private Query term(Token t) throws QuerySyntaxException {
        Query.Field field = t.field;
        String raw = t.value.strip().replaceAll("\\s+", " ");
        if (field == Query.Field.TEXT) {
            List<String> words = Words.of(raw);
            if (words.isEmpty()) {
                throw new QuerySyntaxException("'" + raw + "' has no letters or digits to search for", t.valuePosition);
            }
            return new Query.Term(field, String.join(" ", words));
        }
        if (raw.isEmpty()) {
            throw new QuerySyntaxException("missing value after '" + field.prefix() + ":'", t.valuePosition);
        }
        if (field == Query.Field.BILL) {
            String id = BillIds.normalise(raw, asOf).orElseThrow(() -> new QuerySyntaxException(
                    "'" + raw + "' is not a bill id such as hr6508-119, HR6508 or S.J.Res.12", t.valuePosition));
            return new Query.Term(field, id);
        }
        return new Query.Term(field, raw);
    }

    private static List<Query> flatten(List<Query> operands, Class<? extends Query> same) {
        List<Query> out = new ArrayList<>();
        for (Query q : operands) {
            if (same.isInstance(q) && q instanceof Query.And a) {
                out.addAll(a.operands());
            } else if (same.isInstance(q) && q instanceof Query.Or o) {
                out.addAll(o.operands());
            } else {
                out.add(q);
            }
        }
        return out;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private QuerySyntaxException unexpected(Token t) {
        if (t.kind == Kind.EOF) {
            return new QuerySyntaxException("query ends where a term was expected", text.length() + 1);
        }
        return new QuerySyntaxException("unexpected '" + text.substring(t.position - 1, t.end - 1) + "'", t.position);
    }

    private enum Kind {
        LPAREN,
        RPAREN,
        AND,
        OR,
        NOT,
        TERM,
        EOF
    }

    /** {@code position} and {@code end} are 1-based, end exclusive. */
    private record Token(Kind kind, int position, int end, Query.Field field, String value, int valuePosition) {
        static Token op(Kind kind, int position, int end) {
            return new Token(kind, position, end, null, null, position);
        }
    }

    private static final class Lexer {
        private final String s;
        private int i;

        Lexer(String s) {
            this.s = s;
        }

        List<Token> tokens() throws QuerySyntaxException {
            List<Token> out = new ArrayList<>();
            while (true) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= s.length()) {
                    out.add(Token.op(Kind.EOF, s.length() + 1, s.length() + 1));
                    return out;
                }
                char c = s.charAt(i);
                int start = i;
                if (c == '(' || c == ')') {
                    i++;
                    out.add(Token.op(c == '(' ? Kind.LPAREN : Kind.RPAREN, start + 1, i + 1));
                } else if (c == '"') {
                    String phrase = quoted();
                    out.add(new Token(Kind.TERM, start + 1, i + 1, Query.Field.TEXT, phrase, start + 2));
                } else {
                    out.add(bare(start));
                }
            }
        }

        private Token bare(int start) throws QuerySyntaxException {
            while (i < s.length() && !isDelimiter(s.charAt(i))) {
                i++;
            }
            String word = s.substring(start, i);
            switch (word) {
                case "AND":
                    return Token.op(Kind.AND, start + 1, i + 1);
                case "OR":
                    return Token.op(Kind.OR, start + 1, i + 1);
                case "NOT":
                    return Token.op(Kind.NOT, start + 1, i + 1);
                default:
                    break;
            }
            int colon = word.indexOf(':');
            if (colon > 0 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
                String prefix = word.substring(0, colon);
                Query.Field field = Query.Field.byPrefix(prefix);
                if (field == null) {
                    throw new QuerySyntaxException("unknown field '" + prefix + ":', expected one of " + prefixes()
                            + " (quote it to search for the text)", start + 1);
                }
                String value = word.substring(colon + 1);
                int valueStart = start + colon + 1;
                if (value.isEmpty() && i < s.length() && s.charAt(i) == '"') {
                    valueStart = i + 1;
                    value = quoted();
                }
                return new Token(Kind.TERM, start + 1, i + 1, field, value, valueStart + 1);
            }
            return new Token(Kind.TERM, start + 1, i + 1, Query.Field.TEXT, word, start + 1);
        }

        /** Reads a quoted string at {@code i}, returning its content. */
        private String quoted() throws QuerySyntaxException {
            int open = i;
            int close = s.indexOf('"', open + 1);
            if (close < 0) {
                throw new QuerySyntaxException("unterminated quote", open + 1);
            }
            i = close + 1;
            return s.substring(open + 1, close);
        }

        private static boolean isDelimiter(char c) {
            return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
        }

        private static String prefixes() {
            return Arrays.stream(Query.Field.values())
                    .filter(f -> f.prefix() != null)
                    .map(Query.Field::prefix)
                    .collect(Collectors.joining(", "));
        }
    }
}
