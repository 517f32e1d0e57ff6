/** The one element MyNa Guide adds to a page. Everything we show lives in its shadow root. */
export const HOST_TAG = 'myna-guide';
