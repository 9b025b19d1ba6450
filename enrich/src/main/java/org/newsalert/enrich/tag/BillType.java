package org.newsalert.enrich.tag;

import java.util.Locale;
import java.util.Optional;

/**
 * The eight kinds of congressional measure, with the unitedstates/congress id code ({@code hr},
 * {@code sjres}, ...) and the GPO citation form. Amendments are not tagged as bills.
 */
public enum BillType {
    HR("hr", "H.R."),
    S("s", "S."),
    HJRES("hjres", "H.J.Res."),
    SJRES("sjres", "S.J.Res."),
    HCONRES("hconres", "H.Con.Res."),
    SCONRES("sconres", "S.Con.Res."),
    HRES("hres", "H.Res."),
    SRES("sres", "S.Res.");

    private final String code;
    private final String citation;

    BillType(String code, String citation) {
        this.code = code;
        this.citation = citation;
    }

    /** The unitedstates/congress id prefix, e.g. {@code hconres}. */
    public String code() {
        return code;
    }

    /** The GPO citation form, e.g. {@code H.Con.Res.}. */
    public String citation() {
        return citation;
    }

    /** The chamber where measures of this type originate. */
    public Chamber chamber() {
        return code.startsWith("h") ? Chamber.HOUSE : Chamber.SENATE;
    }

    /** The type for an id code ({@code hr}, {@code sres}, ...), case-insensitive. */
    public static Optional<BillType> ofCode(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        for (BillType t : values()) {
            if (t.code.equals(c)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
