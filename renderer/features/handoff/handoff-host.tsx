/**
 * Container for the handoff area: the live pass screen while `handoff` is set, then the "gone"
 * panel. The pass itself is only ever in the caller's state; `onGone` is where the caller drops it.
 */
import { useState } from 'react';
import type { AppError, Handoff } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useNow } from '../../ui/use-now';
import { clipboardText } from './clipboard-state';
import { mayNotHaveReached, type GoneSummary } from './gone-summary';
import { HandoffGone } from './handoff-gone';
import { HandoffScreen } from './handoff-screen';
import { useHandoff } from './use-handoff';

type Props = Readonly<{
  userId: string;
  /** The ticket the pass was issued against: a revoke from here is recorded against it. */
  ticket: string;
  handoff: Handoff | null;
  gone: GoneSummary | null;
  onGone: (summary: GoneSummary) => void;
  onReplace: () => void;
  onNextUser: () => void;
  onRevoked: () => void;
  /** False while another page is in front: a pass is never left on a hidden page. */
  visible: boolean;
}>;

/** Shows the pass once, then what is left. */
export function HandoffHost({
  userId,
  ticket,
  handoff,
  gone,
  onGone,
  onReplace,
  onNextUser,
  onRevoked,
  visible,
}: Props) {
  const bridge = useBridge();
  const { clipboard, copyError, copy, handedOver, hide } = useHandoff(handoff, onGone, visible);
  const now = useNow(1000, handoff !== null || clipboard.state === 'holding');
  const [confirming, setConfirming] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [revoked, setRevoked] = useState(false);
  const [revokeError, setRevokeError] = useState<AppError | null>(null);

  const revoke = async (tapId: string) => {
    setConfirming(false);
    setRevoking(true);
    setRevokeError(null);
    const reply = await call(bridge, 'tap.revoke', { user: userId, tapId, ticket });
    setRevoking(false);
    if (reply.ok) {
      setRevoked(true);
      onRevoked();
    } else {
      setRevokeError(reply.error);
    }
  };

  if (handoff) {
    return (
      <HandoffScreen
        handoff={handoff}
        nowMs={now}
        clipboardLine={clipboardText(clipboard, now)}
        copyError={copyError}
        onCopy={() => void copy()}
        onHandedOver={handedOver}
        onHide={hide}
      />
    );
  }
  if (!gone) return null;
  return (
    <>
      <HandoffGone
        summary={gone}
        ticket={ticket}
        clipboardLine={clipboardText(clipboard, now)}
        revoked={revoked}
        revokeError={revokeError}
        busy={revoking}
        onRevoke={() => setConfirming(true)}
        onReplace={onReplace}
        onNextUser={onNextUser}
      />
      <ConfirmDialog
        open={confirming}
        title="Revoke the pass?"
        confirmLabel="Revoke pass"
        busy={revoking}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void revoke(gone.tapId)}
      >
        {mayNotHaveReached(gone)
          ? `The pass for ${gone.userDisplayName} (${gone.userPrincipalName}) stops working at once. The revoke is recorded against ticket ${ticket}.`
          : `The pass for ${gone.userDisplayName} (${gone.userPrincipalName}) stops working at once. Do this when the person has set up their sign-in method. The revoke is recorded against ticket ${ticket}.`}
      </ConfirmDialog>
    </>
  );
}
