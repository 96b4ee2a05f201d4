/**
 * Below this suggestion score, no clause of the scope is close to a claim: the screen says "no close clause" (an
 * unforeseen request is itself a signal for a change order). See `BaselineSuggestion.score`.
 */
export const CLOSE_MATCH = 0.4;
