import type { Handoff, TapInfo } from '../../../preload/contract';
import type { GoneSummary } from '../handoff/gone-summary';

/** Where the issue flow is for the selected user. Only 'handoff' ever holds a pass. */
export type IssueStage =
  | { readonly kind: 'form' }
  | { readonly kind: 'handoff'; readonly handoff: Handoff }
  | { readonly kind: 'gone'; readonly summary: GoneSummary }
  | { readonly kind: 'unknown'; readonly tapNow: TapInfo | null; readonly message: string };
