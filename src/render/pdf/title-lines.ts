/**
 * A title line as it is set: each line of the model's title is a phrase (the agency's
 * name, then what the report is), so it stays whole where it can — set up to a fifth
 * smaller if that is what it takes. A phrase longer still is broken into lines of even
 * length (GB/T 9704 §7.3.1 sets long titles as a trapezoid), never after a word like
 * 「of」 that leads into the next.
 */
import type { FontRole } from '../../fonts/config.ts';
import { breakClusters } from './break-clusters.ts';
import { textWidth, wrapLines } from './measure.ts';

/** The smallest a title phrase is set to keep it on one line, as a share of the title size. */
const smallestScale = 0.8;
/** Words that lead into the words after them: a line does not end with one. */
const leading = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to']);

export type TitleLines = { readonly lines: readonly string[]; readonly size: number };

/** Clusters with each leading word joined to the cluster after it. */
function phraseClusters(text: string): string[] {
  const clusters: string[] = [];
  let carry = '';
  for (const cluster of breakClusters(text)) {
    if (leading.has(cluster.trim().toLowerCase())) carry += cluster;
    else {
      clusters.push(carry + cluster);
      carry = '';
    }
  }
  if (carry !== '') clusters.push(carry);
  return clusters;
}

/** Lines of clusters that fit `width`, greedily. */
function fill(clusters: readonly string[], role: FontRole, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const cluster of clusters) {
    if (current !== '' && textWidth((current + cluster).trimEnd(), role, size) > width) {
      lines.push(current.trimEnd());
      current = '';
    }
    current += cluster;
  }
  return [...lines, current.trimEnd()];
}

export function titleLines(text: string, role: FontRole, size: number, width: number): TitleLines {
  const natural = textWidth(text, role, size);
  if (natural <= width) return { lines: [text], size };
  if (natural * smallestScale <= width) return { lines: [text], size: (0.999 * size * width) / natural };
  const clusters = phraseClusters(text);
  const count = fill(clusters, role, size, width).length;
  // The narrowest measure that still gives as many lines: every line about as long.
  let low = natural / count;
  let high = width;
  for (let i = 0; i < 20; i++) {
    const mid = (low + high) / 2;
    if (fill(clusters, role, size, mid).length > count) low = mid;
    else high = mid;
  }
  const lines = fill(clusters, role, size, high);
  return { lines: lines.length === count ? lines : wrapLines(text, role, size, width), size };
}
