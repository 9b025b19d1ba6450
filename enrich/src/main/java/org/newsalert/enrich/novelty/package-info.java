/**
 * Novelty: decides whether an article opens a story, reports a new development (a legislative
 * stage the story has not reached), or only covers known facts, and which sentences carry the news.
 *
 * <p>Stage ids ({@link org.newsalert.enrich.novelty.Stage}): {@code introduced, companion_filed,
 * cosponsor_added, committee_action, rules_committee, floor_vote, floor_vote_failed, passed_house,
 * passed_senate, cleared_congress, vetoed, signed, became_law, official_statement}. The mapping to
 * the hand-labelled bill set's vocabulary is {@link org.newsalert.enrich.novelty.NoveltyEval#GOLD_STAGE}.
 */
package org.newsalert.enrich.novelty;
