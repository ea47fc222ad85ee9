package org.newsextractor.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's basic Universal Dependencies tree: for each token, the index of its head (-1 for the root) and
 * the relation to it ("nsubj", "ccomp", "acl:relcl"). Built by a {@link SentenceParser}; plain data, so tests can
 * write trees by hand.
 */
public final class Dependencies {
    private final int[] heads;
    private final String[] relations;

    /**
     * @param heads     head index of each token, -1 for the root
     * @param relations relation of each token to its head ("root" for the root)
     */
    public Dependencies(int[] heads, String[] relations) {
        if (heads.length != relations.length) {
            throw new IllegalArgumentException("heads and relations differ in length");
        }
        this.heads = heads.clone();
        this.relations = relations.clone();
    }

    /** @return the number of tokens */
    public int size() {
        return heads.length;
    }

    /** @return the head of token {@code i}, or -1 for the root */
    public int head(int i) {
        return heads[i];
    }

    /** @return the relation of token {@code i} to its head */
    public String relation(int i) {
        return relations[i];
    }

    /** @return whether token {@code i}'s relation is {@code rel} or a subtype of it ("nmod" matches "nmod:poss") */
    public boolean is(int i, String rel) {
        String r = relations[i];
        return r.equals(rel) || r.startsWith(rel) && r.length() > rel.length() && r.charAt(rel.length()) == ':';
    }

    /** @return the children of token {@code i}, in order */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < heads.length; c++) {
            if (heads[c] == i) {
                out.add(c);
            }
        }
        return out;
    }

    /** @return the first child of {@code i} whose relation is {@code rel} (or a subtype), or -1 */
    public int child(int i, String rel) {
        for (int c = 0; c < heads.length; c++) {
            if (heads[c] == i && is(c, rel)) {
                return c;
            }
        }
        return -1;
    }

    /** @return whether {@code ancestor} is {@code i} or lies on the path from {@code i} to the root */
    public boolean dominates(int ancestor, int i) {
        for (int n = i, steps = 0; n >= 0 && steps <= heads.length; n = heads[n], steps++) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** @return the first token of the subtree under {@code i} */
    public int subtreeFrom(int i) {
        int min = i;
        for (int c = 0; c < heads.length; c++) {
            if (c < min && dominates(i, c)) {
                min = c;
            }
        }
        return min;
    }

    /** @return one past the last token of the subtree under {@code i} */
    public int subtreeTo(int i) {
        int max = i;
        for (int c = heads.length - 1; c > max; c--) {
            if (dominates(i, c)) {
                max = c;
            }
        }
        return max + 1;
    }

    /** @return the number of arcs on the path between two tokens of the tree */
    public int distance(int a, int b) {
        List<Integer> up = new ArrayList<>();
        for (int n = a; n >= 0 && up.size() <= heads.length; n = heads[n]) {
            up.add(n);
        }
        int steps = 0;
        for (int n = b; n >= 0 && steps <= heads.length; n = heads[n], steps++) {
            int k = up.indexOf(n);
            if (k >= 0) {
                return k + steps;
            }
        }
        return Integer.MAX_VALUE / 2;   // not connected (a broken tree): as far as can be
    }
}
