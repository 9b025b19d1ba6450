package org.newsalert.events;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing an article is about. {@code id} is the stable machine id (a bill id such as
 * {@code hr6508-119}, a bioguide id, a committee code, an ISO country or USPS state code, a topic
 * slug); {@code label} is how people write it ({@code Thomas Massie (R-KY)}).
 */
public record Tag(Type type, String id, String label) implements Comparable<Tag> {
    private static final Comparator<Tag> ORDER =
            Comparator.comparing(Tag::type).thenComparing(Tag::id);

    public Tag {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
    }

    /** The kinds of tag; subscriptions query by kind ({@code bill:}, {@code member:}, ...). */
    public enum Type {
        BILL,
        MEMBER,
        COMMITTEE,
        ORGANIZATION,
        PLACE,
        TOPIC
    }

    @Override
    public int compareTo(Tag o) {
        return ORDER.compare(this, o);
    }
}
