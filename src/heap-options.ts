/**
 * V8 heap settings for the long-lived processes that render (the Lambda functions; the bench's
 * warm process stands for them). A PDF render allocates a lot of short-lived objects (layout,
 * glyph runs, PDF streams) but keeps none: after a full GC the heap is back to ~21 MB whatever
 * the number of renders. With the young generation V8 sizes from the heap limit on a 64-bit
 * host, the heap still grows to ~200 MB of garbage between collections and the warm process
 * to ~450 MB RSS after 100 renders; a 16 MB semi-space (Node's documented
 * `--max-semi-space-size`) keeps it near 310 MB with the same warm render time
 * (measured on Node 24, bench/results/bench.json).
 */
export const heapNodeOptions: readonly string[] = ['--max-semi-space-size=16'];
