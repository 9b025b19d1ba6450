package org.newsalert.notify.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newsalert.events.Tag;

/**
 * A parsed subscription query: an immutable tree of terms combined with AND, OR and NOT. Its
 * {@code toString} is the canonical form, which {@link QueryParser} reads back to an equal tree.
 */
public sealed interface Query permits Query.And, Query.Or, Query.Not, Query.Term {

    boolean matches(MatchTarget target);

    /**
     * What made the query match, one line per matching term ({@code tag:nato matched organization
     * NATO}); empty when it does not match. Negated terms never explain a match.
     */
    default List<String> explain(MatchTarget target) {
        if (!matches(target)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        collectExplanations(target, out);
        return List.copyOf(out);
    }

    /** Adds lines for this query, which is known to match. */
    void collectExplanations(MatchTarget target, List<String> out);

    /**
     * Whether the query needs at least one term to be present, rather than matching nearly
     * everything by the absence of something ({@code NOT tag:sports}).
     */
    boolean requiresPresence();

    /** Precedence for rendering: higher binds tighter. */
    int precedence();

    private static String render(Query child, int parentPrecedence) {
        return child.precedence() < parentPrecedence ? "(" + child + ")" : child.toString();
    }

    record And(List<Query> operands) implements Query {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("AND needs at least two operands, got " + operands.size());
            }
        }

        @Override
        public boolean matches(MatchTarget target) {
            for (Query q : operands) {
                if (!q.matches(target)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void collectExplanations(MatchTarget target, List<String> out) {
            operands.forEach(q -> q.collectExplanations(target, out));
        }

        @Override
        public boolean requiresPresence() {
            return operands.stream().anyMatch(Query::requiresPresence);
        }

        @Override
        public int precedence() {
            return 2;
        }

        @Override
        public String toString() {
            return String.join(" AND ", operands.stream().map(q -> render(q, 2)).toList());
        }
    }

    record Or(List<Query> operands) implements Query {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("OR needs at least two operands, got " + operands.size());
            }
        }

        @Override
        public boolean matches(MatchTarget target) {
            for (Query q : operands) {
                if (q.matches(target)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void collectExplanations(MatchTarget target, List<String> out) {
            for (Query q : operands) {
                if (q.matches(target)) {
                    q.collectExplanations(target, out);
                }
            }
        }

        @Override
        public boolean requiresPresence() {
            return operands.stream().allMatch(Query::requiresPresence);
        }

        @Override
        public int precedence() {
            return 1;
        }

        @Override
        public String toString() {
            return String.join(" OR ", operands.stream().map(q -> render(q, 1)).toList());
        }
    }

    record Not(Query operand) implements Query {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public boolean matches(MatchTarget target) {
            return !operand.matches(target);
        }

        @Override
        public void collectExplanations(MatchTarget target, List<String> out) {}

        @Override
        public boolean requiresPresence() {
            return false;
        }

        @Override
        public int precedence() {
            return 3;
        }

        @Override
        public String toString() {
            return "NOT " + render(operand, 3);
        }
    }

    /**
     * One condition. For {@link Field#TEXT} the value is the phrase's words, lower-cased and
     * separated by single spaces; for {@link Field#BILL} it is a canonical bill id; otherwise it is
     * the tag id or label as typed.
     */
    record Term(Field field, String value) implements Query {
        private static final Pattern BIOGUIDE = Pattern.compile("[A-Za-z][0-9]{6}");
        private static final Pattern BARE = Pattern.compile("[^\\s()\"]+");

        public Term {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            if (value.isBlank()) {
                throw new IllegalArgumentException("empty value for " + field);
            }
        }

        @Override
        public boolean matches(MatchTarget target) {
            return describeMatch(target) != null;
        }

        @Override
        public void collectExplanations(MatchTarget target, List<String> out) {
            String what = describeMatch(target);
            if (what != null) {
                out.add(this + " matched " + what);
            }
        }

        private String describeMatch(MatchTarget target) {
            switch (field) {
                case TEXT:
                    return target.whereIs(List.of(value.split(" ")));
                case BILL:
                    return target.hasBill(value) ? "bill " + value : null;
                default:
                    return describeTagMatch(target);
            }
        }

        private String describeTagMatch(MatchTarget target) {
            List<String> valueWords = Words.of(value);
            List<Tag> tags = target.tags();
            for (int i = 0; i < tags.size(); i++) {
                Tag t = tags.get(i);
                if (field.tagType != null && t.type() != field.tagType) {
                    continue;
                }
                List<String> label = target.labelWords(i);
                boolean hit = t.id().equalsIgnoreCase(value)
                        || label.equals(valueWords)
                        // People name members partly ("Massie"), and labels carry party and state.
                        || (t.type() == Tag.Type.MEMBER && !BIOGUIDE.matcher(value).matches()
                                && Words.containsPhrase(label, valueWords));
                if (hit) {
                    return t.type().name().toLowerCase(Locale.ROOT) + " " + t.label();
                }
            }
            return null;
        }

        @Override
        public boolean requiresPresence() {
            return true;
        }

        @Override
        public int precedence() {
            return 4;
        }

        @Override
        public String toString() {
            if (field == Field.TEXT) {
                return value.contains(" ") ? "\"" + value + "\"" : value;
            }
            String v = BARE.matcher(value).matches() ? value : "\"" + value + "\"";
            return field.prefix + ":" + v;
        }
    }

    /** The kinds of term; all but {@link #TEXT} are written {@code prefix:value}. */
    enum Field {
        BILL("bill", Tag.Type.BILL),
        MEMBER("member", Tag.Type.MEMBER),
        COMMITTEE("committee", Tag.Type.COMMITTEE),
        ORG("org", Tag.Type.ORGANIZATION),
        PLACE("place", Tag.Type.PLACE),
        TOPIC("topic", Tag.Type.TOPIC),
        /** Any kind of tag. */
        TAG("tag", null),
        /** Words in the title, story title or text. */
        TEXT(null, null);

        final String prefix;
        final Tag.Type tagType;

        Field(String prefix, Tag.Type tagType) {
            this.prefix = prefix;
            this.tagType = tagType;
        }

        public String prefix() {
            return prefix;
        }

        static Field byPrefix(String prefix) {
            for (Field f : values()) {
                if (f.prefix != null && f.prefix.equalsIgnoreCase(prefix)) {
                    return f;
                }
            }
            return null;
        }
    }
}
