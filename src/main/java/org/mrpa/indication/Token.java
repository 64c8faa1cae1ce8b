package org.mrpa.indication;

/**
 * One word of an indication after expansion and spelling correction.
 *
 * @param word      normalised word used for matching
 * @param start     start offset of the source text it came from
 * @param end       end offset (exclusive)
 * @param clause    index of the clause; matches never cross clauses
 * @param assertion negated / suspected / present
 * @param corrected true when abbreviation expansion or spelling correction produced the word
 */
record Token(String word, int start, int end, int clause, Assertion assertion, boolean corrected) {

    Token withWord(String w, boolean wasCorrected) {
        return new Token(w, start, end, clause, assertion, corrected || wasCorrected);
    }

    Token withAssertion(Assertion a) {
        return new Token(word, start, end, clause, a, corrected);
    }
}
