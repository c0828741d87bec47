/** The selected user's card, the identity check and the mint form, side by side. */
import { Card, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConfigView, AppError, Technician, UserCard, VerificationConfig } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { useNow } from '../../ui/use-now';
import { MintForm, type MintRequest } from '../mint/mint-form';
import type { MintDraft } from '../mint/mint-draft';
import { UserCardView } from '../user-card/user-card-view';
import type { CardState } from '../user-card/use-user-card';
import { VerifyIdentity } from '../verify/verify-identity';
import { verificationGap, type VerificationDraft } from '../verify/verification';
import { revokeBlockedReason } from './revoke-permission';
import { RevokeConfirm } from '../revoke/revoke-confirm';
import type { RevokeTarget } from '../revoke/revoke-pass';
import { ticketMatches } from '../../../preload/ticket-pattern';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalL },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

type Props = Readonly<{
  cardState: CardState;
  /** What the signed-in technician's roles allow (undefined while not known). */
  capability?: Technician['capability'] | undefined;
  verification: VerificationConfig;
  /** The organisation's notice policy, for the mint form's option. */
  noticeMode?: ConfigView['noticeMode'];
  verifyDraft: VerificationDraft;
  mintDraft: MintDraft;
  minting: boolean;
  mintError: AppError | null;
  onVerifyChange: (draft: VerificationDraft) => void;
  onMintDraftChange: (draft: MintDraft) => void;
  onMint: (card: UserCard, request: MintRequest) => void;
  onRevoke: (target: RevokeTarget) => Promise<AppError | null>;
}>;

/** Card + verify + mint for one user. */
export function UserWorkspace(props: Props) {
  const styles = useStyles();
  const now = useNow(30_000);
  const [revokeOpen, setRevokeOpen] = useState(false);
  const [revokeError, setRevokeError] = useState<AppError | null>(null);
  const { cardState } = props;
  if (cardState.kind === 'idle') return null;
  if (cardState.kind === 'loading') return <Spinner label="Loading the user card…" />;
  if (cardState.kind === 'error')
    return <ErrorNote error={cardState.error} title="Could not load this user" />;

  const { card } = cardState;
  const { preflight } = card;
  const gap = verificationGap(props.verification, preflight.tier, props.verifyDraft);
  const firstBlock = preflight.blocks[0];
  const tap = card.tap;
  // Recorded against the ticket typed in the identity check, once it is a valid one.
  const revokeTarget: RevokeTarget = {
    user: card.user.id,
    tapId: tap?.id ?? '',
    displayName: card.user.displayName,
    userPrincipalName: card.user.userPrincipalName,
    ticket: ticketMatches(props.verification.ticketPattern, props.verifyDraft.ticket)
      ? props.verifyDraft.ticket
      : '',
  };
  return (
    <div className={styles.root}>
      <Card className={styles.card}>
        <UserCardView
          card={card}
          revokeBlockedReason={revokeBlockedReason(props.capability, preflight.blocks)}
          onRevoke={() => setRevokeOpen(true)}
        />
        {revokeError ? <ErrorNote error={revokeError} title="Revoke failed" /> : null}
      </Card>
      <Card className={styles.card}>
        {/* A form so Enter in the ticket (or any text) field presses Create once it is enabled. */}
        <form className={styles.column} noValidate onSubmit={(event) => event.preventDefault()}>
          <VerifyIdentity
            config={props.verification}
            tier={preflight.tier}
            draft={props.verifyDraft}
            disabled={firstBlock !== undefined}
            autoFocus={firstBlock === undefined}
            targetId={card.user.id}
            onChange={props.onVerifyChange}
          />
          <MintForm
            policy={preflight.policy}
            lifetime={preflight.lifetime}
            noticeMode={props.noticeMode ?? 'off'}
            draft={props.mintDraft}
            blockedReason={firstBlock ? `Blocked: ${firstBlock.message}` : gap}
            policyBlocked={firstBlock !== undefined}
            replaces={preflight.replaces}
            busy={props.minting}
            nowMs={now}
            onDraftChange={props.onMintDraftChange}
            onSubmit={(request) => props.onMint(card, request)}
          />
          {props.mintError ? (
            <ErrorNote error={props.mintError} title="The pass was not created" />
          ) : null}
        </form>
      </Card>
      {tap ? (
        <RevokeConfirm
          open={revokeOpen}
          target={revokeTarget}
          onCancel={() => setRevokeOpen(false)}
          onConfirm={() => {
            setRevokeOpen(false);
            void props.onRevoke(revokeTarget).then(setRevokeError);
          }}
        />
      ) : null}
    </div>
  );
}
