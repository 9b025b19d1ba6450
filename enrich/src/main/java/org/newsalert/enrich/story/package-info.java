/**
 * Streaming story clustering: {@link org.newsalert.enrich.story.StoryClusterer} places each article,
 * in event-time order, in the live story it most probably belongs to or in a new one. Scoring is in
 * small pure classes (text features, entity heuristics, near-copy MinHash, a logistic join model);
 * all state sits behind {@link org.newsalert.enrich.story.ClusterState}, whose get/put operations
 * map one-to-one onto Kafka Streams key-value stores. {@link org.newsalert.enrich.story.ClusteringEval}
 * scores the clusterer on a labelled JSONL stream; {@link org.newsalert.enrich.story.ClusteringBench}
 * shows that the cost per article does not grow with the number of live stories.
 */
package org.newsalert.enrich.story;
