/** Sorting the queue by expected time (rows without one last, then by CSV line). Pure. */
import type { QueueRowView } from '../../../preload/contract';

export type QueueOrder = 'ascending' | 'descending';

export function sortQueue(rows: readonly QueueRowView[], order: QueueOrder): QueueRowView[] {
  const sign = order === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (!a.expectedAt || !b.expectedAt) return a.expectedAt ? -1 : b.expectedAt ? 1 : a.line - b.line;
    return sign * a.expectedAt.localeCompare(b.expectedAt) || a.line - b.line;
  });
}
