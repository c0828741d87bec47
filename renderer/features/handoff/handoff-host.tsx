/**
 * Container for the handoff area: the live pass screen while `handoff` is set, then the "gone"
 * panel. The pass itself is only ever in the caller's state; `onGone` is where the caller drops it.
 */
import { useState } from 'react';
import type { AppError, Handoff } from '../../../preload/contract';
import { useBridge } from '../../bridge';
import { useNow } from '../../ui/use-now';
import { clipboardText } from './clipboard-state';
import { CustomerDisplayScreen } from './customer-display-screen';
import { mayNotHaveReached, type GoneSummary } from './gone-summary';
import { HandoffGone } from './handoff-gone';
import { HandoffScreen } from './handoff-screen';
import { useHandoff } from './use-handoff';
import { RevokeConfirm } from '../revoke/revoke-confirm';
import { revokePass, type RevokeTarget } from '../revoke/revoke-pass';

type Props = Readonly<{
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

  const revokeTarget = (tapId: string): RevokeTarget => ({
    user: gone?.userPrincipalName ?? '',
    tapId,
    displayName: gone?.userDisplayName ?? '',
    userPrincipalName: gone?.userPrincipalName ?? '',
    ticket,
  });

  const revoke = async (tapId: string) => {
    setConfirming(false);
    setRevoking(true);
    setRevokeError(null);
    // The pass's own user, from the handoff: never whoever is selected by now.
    const error = await revokePass(bridge, revokeTarget(tapId));
    setRevoking(false);
    if (error === null) {
      setRevoked(true);
      onRevoked();
    } else {
      setRevokeError(error);
    }
  };

  if (handoff?.shownOn === 'customer-display') {
    return (
      <CustomerDisplayScreen
        handoff={handoff}
        nowMs={now}
        onHandedOver={handedOver}
        onHide={hide}
      />
    );
  }
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
      <RevokeConfirm
        open={confirming}
        target={revokeTarget(gone.tapId)}
        {...(mayNotHaveReached(gone)
          ? {}
          : { note: 'Do this when the person has set up their sign-in method.' })}
        busy={revoking}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void revoke(gone.tapId)}
      />
    </>
  );
}
