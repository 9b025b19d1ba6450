package org.newsalert.notify.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case words of letters and digits, so that keywords match on word
 * boundaries whatever the punctuation: {@code "NATO's"} holds the word {@code nato}.
 */
final class Words {
    private Words() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** Whether {@code phrase} occurs in {@code words} as consecutive words. */
    static boolean containsPhrase(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
