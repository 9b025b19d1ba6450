package org.newsalert.ingest.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash of a text's word 3-shingles (Charikar 2002): near-identical texts get
 * fingerprints a few bits apart, so enrich can spot syndicated copies by Hamming distance
 * without comparing whole texts.
 */
public final class SimHash {
    private SimHash() {}

    public static long of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return 0L;
        }
        int[] v = new int[64];
        int shingles = Math.max(1, words.size() - 2);
        for (int i = 0; i < shingles; i++) {
            String s = words.get(i) + ' ' + (i + 1 < words.size() ? words.get(i + 1) : "") + ' '
                    + (i + 2 < words.size() ? words.get(i + 2) : "");
            long h = fnv1a64(s);
            for (int bit = 0; bit < 64; bit++) {
                v[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long out = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (v[bit] > 0) {
                out |= 1L << bit;
            }
        }
        return out;
    }

    public static String hex(String text) {
        return HexFormat.of().toHexDigits(of(text));
    }

    public static int distance(String hexA, String hexB) {
        return Long.bitCount(HexFormat.fromHexDigitsToLong(hexA) ^ HexFormat.fromHexDigitsToLong(hexB));
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        });
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    private static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        // FNV's low bits mix poorly for short inputs; a final avalanche spreads them.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
