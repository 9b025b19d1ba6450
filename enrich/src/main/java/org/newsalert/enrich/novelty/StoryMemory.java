package org.newsalert.enrich.novelty;

import java.util.List;
import java.util.Optional;
import org.newsalert.events.StageReached;

/**
 * What the novelty detector remembers about one story between articles; the enrich topology keeps
 * it in a key-value store by story id. Every list is bounded, so the state stays small however long
 * the story runs, and ordered by arrival, so the same input always serialises the same way.
 *
 * @param articles how many articles the story has had
 * @param stages the first report of each stage, in the order the story reached them (a failed override
 *     vote after a veto is reported again as {@code floor_vote_failed}, whatever failed before)
 * @param introducedIn the chamber of the first reported introduction ({@code HOUSE}/{@code SENATE}),
 *     or null; an introduction in the other chamber is a companion bill
 * @param tallies vote tallies already reported ({@code 216-213}), newest last, at most {@link #MAX_TALLIES}
 * @param bills bill ids the story's articles were tagged with, at most {@link #MAX_BILLS}
 * @param fingerprints hashed word trigrams of sentences already reported, newest last, at most
 *     {@link #MAX_FINGERPRINTS}
 * @param silent no article has yet named a bill of the story or reported a step of one, so it has
 *     had no NEW_STORY (state written before this existed reads as false: those stories had one)
 * @param committees the chambers whose committees the story has seen act on its bill, in that order;
 *     a committee of the other chamber acting later is a development of its own (state written before
 *     this existed reads as none known, and a later committee step stays coverage, as it was then)
 * @param acts the acts the story's articles led with, as Congress-qualified keys ({@code 119:speed act}), oldest
 *     first, at most {@link #MAX_ACTS}; kept by the pipeline, not by the novelty detector, which only carries them
 *     over (state written before this existed reads as none)
 */
public record StoryMemory(
        int articles,
        List<StageReached> stages,
        Chamber introducedIn,
        List<String> tallies,
        List<String> bills,
        List<Integer> fingerprints,
        boolean silent,
        List<Chamber> committees,
        List<String> acts) {

    public static final int MAX_TALLIES = 32;
    public static final int MAX_BILLS = 16;
    public static final int MAX_FINGERPRINTS = 2000;
    public static final int MAX_ACTS = 16;

    public StoryMemory {
        stages = stages == null ? List.of() : List.copyOf(stages);
        tallies = tallies == null ? List.of() : List.copyOf(last(tallies, MAX_TALLIES));
        bills = bills == null ? List.of() : List.copyOf(last(bills, MAX_BILLS));
        fingerprints = fingerprints == null ? List.of() : List.copyOf(last(fingerprints, MAX_FINGERPRINTS));
        committees = committees == null ? List.of() : List.copyOf(committees);
        acts = acts == null ? List.of() : List.copyOf(acts.size() <= MAX_ACTS ? acts : acts.subList(0, MAX_ACTS));
    }

    /** A story that has had its NEW_STORY. */
    public StoryMemory(int articles, List<StageReached> stages, Chamber introducedIn, List<String> tallies,
            List<String> bills, List<Integer> fingerprints) {
        this(articles, stages, introducedIn, tallies, bills, fingerprints, false, List.of(), List.of());
    }

    /** This memory with {@code more} acts added after the ones it has (each once; the first {@link #MAX_ACTS} kept). */
    public StoryMemory withActs(List<String> more) {
        if (acts.containsAll(more)) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(acts);
        more.stream().filter(a -> !all.contains(a)).forEach(all::add);
        return new StoryMemory(articles, stages, introducedIn, tallies, bills, fingerprints, silent, committees, all);
    }

    /** The state of a story that has no article yet. */
    public static StoryMemory empty() {
        return new StoryMemory(0, List.of(), null, List.of(), List.of(), List.of());
    }

    /** The first report of {@code stage}, if the story has reached it. */
    public Optional<StageReached> reached(Stage stage) {
        return stages.stream().filter(s -> s.stage().equals(stage.id())).findFirst();
    }

    private static <T> List<T> last(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(list.size() - max, list.size());
    }
}
