package org.newsalert.enrich.story;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * MinHash signatures of word 5-gram shingles, for spotting syndicated and lightly edited copies.
 * Hashes are fixed functions of the text (FNV-1a then SplitMix64 per slot), never
 * {@code Object.hashCode}, so signatures are stable across JVMs and can be stored.
 */
final class MinHash {
    static final int SLOTS = 64;
    static final int SHINGLE = 5;
    /** Fewer shingles than this say too little to call anything a copy. */
    static final int MIN_SHINGLES = 20;

    private MinHash() {}

    /** The signature of a word sequence, or null when it is too short to judge. */
    static long[] signature(List<String> words) {
        int shingles = words.size() - SHINGLE + 1;
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        long[] sig = new long[SLOTS];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        long[] wordHash = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            wordHash[i] = fnv(words.get(i));
        }
        for (int i = 0; i < shingles; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < SHINGLE; j++) {
                h = mix(h ^ wordHash[i + j]);
            }
            for (int s = 0; s < SLOTS; s++) {
                long v = mix(h + s * 0xBF58476D1CE4E5B9L);
                if (v < sig[s]) {
                    sig[s] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the two shingle sets; 0 when either is missing. */
    static double similarity(long[] a, long[] b) {
        if (a == null || b == null) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SLOTS;
    }

    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
