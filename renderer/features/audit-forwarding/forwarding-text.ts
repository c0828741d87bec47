/** What the header says about the audit trail's way to the organisation's log pipeline. */
import type { AuditForwardingView } from '../../../preload/contract';

export interface ForwardingText {
  readonly text: string;
  readonly color: 'success' | 'informative' | 'warning' | 'danger';
  /** The detail behind it, for the tooltip. */
  readonly title?: string;
}

const hhmm = (iso: string, timeZone?: string): string =>
  new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) });

/** Null when forwarding is off: a desk without a pipeline shows nothing. */
export function forwardingText(view: AuditForwardingView, timeZone?: string): ForwardingText | null {
  switch (view.state) {
    case 'off':
      return null;
    case 'incomplete':
      return { text: 'audit: forwarding not set up', color: 'danger', title: `The policy is missing ${view.missing.join(', ')}.` };
    case 'sent':
      return { text: 'audit: sent', color: 'success', title: `Every entry reached ${view.destination}.` };
    case 'waiting': {
      const since = view.oldestWaiting ? ` since ${hhmm(view.oldestWaiting, timeZone)}` : '';
      const entries = `${view.waiting} ${view.waiting === 1 ? 'entry' : 'entries'} waiting${since}`;
      if (view.needsAdmin) return { text: `${entries}: ask your IT admin`, color: 'danger', title: view.lastError };
      return {
        text: entries,
        color: view.lastError ? 'warning' : 'informative',
        ...(view.lastError ? { title: `${view.lastError}. TAP Desk keeps trying.` } : {}),
      };
    }
  }
}
