package org.newsextractor.internal.html;

/**
 * Character-level precision and recall of recovered story text against the expected text. Both texts are first
 * reduced to their non-whitespace characters (so paragraph breaks and spacing do not count); the characters in
 * common are the longest common subsequence of the two. Precision is that length over the recovered length (how
 * little furniture leaked in), recall that length over the expected length (how much of the story was found).
 *
 * @param precision the share of recovered characters that belong to the story
 * @param recall    the share of the story's characters recovered
 */
record TextRecovery(double precision, double recall) {

    static TextRecovery measure(String recovered, String expected) {
        String got = recovered.replaceAll("\\s+", "");
        String want = expected.replaceAll("\\s+", "");
        if (got.isEmpty() || want.isEmpty()) {
            return new TextRecovery(got.isEmpty() ? 1 : 0, want.isEmpty() ? 1 : 0);
        }
        int common = lcs(got, want);
        return new TextRecovery(common / (double) got.length(), common / (double) want.length());
    }

    /** Length of the longest common subsequence, in two rows of memory. */
    private static int lcs(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                current[j] = c == b.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
