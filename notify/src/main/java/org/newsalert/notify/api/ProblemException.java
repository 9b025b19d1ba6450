package org.newsalert.notify.api;

/** Ends a request with a problem response; thrown by handlers, written by {@link ApiServer}. */
final class ProblemException extends RuntimeException {
    final Problem problem;
    final String authenticate;

    ProblemException(Problem problem) {
        this(problem, null);
    }

    /** @param authenticate the {@code WWW-Authenticate} challenge of a 401, else null */
    ProblemException(Problem problem, String authenticate) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
        this.authenticate = authenticate;
    }
}
