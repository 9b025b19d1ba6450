/**
 * Tagging: what an article is about, as {@link org.newsalert.events.Tag}s, decided from bundled
 * reference data rather than a statistical model. {@link org.newsalert.enrich.tag.Tagger} is the
 * entry point; {@link org.newsalert.enrich.tag.BillCitations} is shared with notify for typed
 * subscriptions; {@link org.newsalert.enrich.tag.AliasBook} is the state the topology keeps.
 *
 * <p>No NLP library is used. The candidates on Maven Central (Apache OpenNLP, Stanford CoreNLP) find
 * generic PERSON/ORG/LOCATION spans from models trained on older news, which would still need the
 * roster to become bioguide ids and could not tell the four serving Lees apart; CoreNLP is also GPL and
 * its models are hundreds of megabytes. The CC0 congress-legislators roster plus context rules is
 * smaller, deterministic and explains each tag.
 */
package org.newsalert.enrich.tag;
