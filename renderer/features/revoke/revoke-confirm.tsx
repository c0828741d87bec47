/** The one confirmation before a revoke, wherever Revoke was pressed. */
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { RevokeTarget } from './revoke-pass';

type Props = Readonly<{
  open: boolean;
  target: RevokeTarget;
  /** One more sentence for this moment (e.g. "Do this when the person has set up…"). */
  note?: string;
  busy?: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}>;

/** Names whose pass stops working and the ticket it is recorded against. */
export function RevokeConfirm({ open, target, note, busy, onCancel, onConfirm }: Props) {
  const who = `${target.displayName} (${target.userPrincipalName})`;
  const hasTicket = target.ticket !== '';
  return (
    <ConfirmDialog
      open={open}
      title="Revoke the pass?"
      confirmLabel="Revoke pass"
      busy={busy === true || !hasTicket}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {[
        `The pass for ${who} stops working at once.`,
        note,
        hasTicket
          ? `The revoke is recorded against ticket ${target.ticket}.`
          : 'Enter a valid ticket reference in the identity check first: a revoke is recorded against a ticket.',
      ]
        .filter(Boolean)
        .join(' ')}
    </ConfirmDialog>
  );
}
