/**
 * Below this suggestion score, no clause of the scope is close to a claim: the screen says "no close clause" (an
 * unforeseen request is itself a signal for a change order). The score is a probability fitted with both kinds of
 * claim weighted equally (`closeness` in rank-baseline.ts), so one half separates them. See `BaselineSuggestion.score`.
 */
export const CLOSE_MATCH = 0.5;
