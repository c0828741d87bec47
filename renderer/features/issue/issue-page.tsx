/**
 * "Issue a pass": find the user, check them, mint, hand over. All of the technician's place
 * (selection, checks, form) lives here, so a sign-in overlay on top never loses it.
 */
import { Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConfigView, UserCard, UserSummary, VerificationConfig } from '../../../preload/contract';
import { useFocusShortcut, useShortcut } from '../find-user/use-focus-shortcut';
import { UserSearch } from '../find-user/user-search';
import { useUserSearch } from '../find-user/use-user-search';
import { HandoffHost } from '../handoff/handoff-host';
import type { GoneSummary } from '../handoff/gone-summary';
import type { MintRequest } from '../mint/mint-form';
import { FollowPanel } from '../follow/follow-panel';
import { NoticeResult } from '../notice/notice-result';
import { initialDraft, type MintDraft } from '../mint/mint-draft';
import { UnknownOutcome } from '../mint/unknown-outcome';
import { useMint } from '../mint/use-mint';
import { useSession } from '../../session/session-provider';
import { useUserCard } from '../user-card/use-user-card';
import { emptyDraft, type VerificationDraft } from '../verify/verification';
import type { QueueServe } from '../queue/queue-serve';
import type { IssueStage } from './issue-stage';
import { UserWorkspace } from './user-workspace';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(280px, 360px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    // A small laptop (or 200% zoom): the search goes on top, so the card and the verify + create
    // column sit side by side and Create is at most one scroll away.
    '@media (max-width: 1199px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      rowGap: tokens.spacingVerticalL,
    },
  },
  full: {
    maxWidth: '1100px',
    margin: '0 auto',
    width: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  side: {
    position: 'sticky',
    top: 0,
    '@media (max-width: 1199px)': { position: 'static', maxWidth: '520px' },
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

/** The issue flow, from search to handoff. */
export function IssuePage({
  verification,
  visible,
  serve = null,
  demo = false,
  noticeMode = 'off',
}: Readonly<{ serve?: QueueServe | null; verification: VerificationConfig; visible: boolean; demo?: boolean; noticeMode?: ConfigView['noticeMode'] }>) {
  const styles = useStyles();
  const { session } = useSession();
  const technician = session?.state === 'signed-in' ? session.technician : null;
  const searchRef = useRef<HTMLInputElement>(null);
  useFocusShortcut(searchRef);
  const search = useUserSearch();
  const [selected, setSelected] = useState<UserSummary | null>(null);
  const { state: cardState, reload, revoke } = useUserCard(selected?.id ?? null);
  // New roles (activated in PIM, or re-read) change what the open card allows: read it again.
  // Only a change between two signed-in states counts: a lost sign-in has its own overlay.
  const capabilitySeen = useRef(technician?.capability);
  const capability = technician?.capability;
  useEffect(() => {
    if (capability === undefined || capabilitySeen.current === capability) return;
    const before = capabilitySeen.current;
    capabilitySeen.current = capability;
    if (before !== undefined) void reload();
  }, [capability, reload]);
  const { mint, busy, error: mintError, clearError } = useMint();
  const [verifyDraft, setVerifyDraft] = useState<VerificationDraft>(emptyDraft);
  const [mintDraft, setMintDraft] = useState<MintDraft>(() => initialDraft(null));
  const [stage, setStage] = useState<IssueStage>({ kind: 'form' });
  // Picked from the onboarding queue: their card opens with the ticket filled in, and the row
  // goes with the mint so main marks it done and journals the queue's name.
  const [queueRow, setQueueRow] = useState<string | null>(null);
  const [served, setServed] = useState<QueueServe | null>(null);
  if (serve && serve !== served) {
    setServed(serve);
    setSelected(serve.user);
    setVerifyDraft({ ...emptyDraft, ticket: serve.ticket });
    setStage({ kind: 'form' });
    setQueueRow(serve.rowId);
  }

  // A new user's card resets the form to their policy's defaults (a reload of the same user does not).
  const [draftFor, setDraftFor] = useState<string | null>(null);
  const readyCard = cardState.kind === 'ready' ? cardState.card : null;
  if (readyCard && readyCard.user.id !== draftFor) {
    setDraftFor(readyCard.user.id);
    setMintDraft(initialDraft(readyCard.preflight.lifetime));
  }

  const select = (user: UserSummary) => {
    setSelected(user);
    setQueueRow(null);
    setVerifyDraft(emptyDraft);
    setStage({ kind: 'form' });
    clearError();
  };

  const onMint = async (card: UserCard, request: MintRequest) => {
    const outcome = await mint({
      user: card.user.id,
      ...request,
      replace: card.tap !== null,
      ...(queueRow ? { queueRow } : {}),
      verification: {
        tier: card.preflight.tier,
        method: verifyDraft.method,
        ticket: verifyDraft.ticket,
        checked: [...verifyDraft.checked],
        ...(verifyDraft.secondTechnician ? { secondTechnician: verifyDraft.secondTechnician } : {}),
      },
    });
    if (outcome?.kind === 'minted') {
      setStage({ kind: 'handoff', handoff: outcome.handoff });
      setQueueRow(null);
    }
    else if (outcome?.kind === 'unknown')
      setStage({ kind: 'unknown', tapNow: outcome.tapNow, message: outcome.message });
    // A refusal can change what the card knows (a lifetime range Graph named, a pass deleted at once).
    if (outcome === null || outcome?.kind === 'unknown') void reload();
  };

  // Setting the stage to a summary is what drops the Handoff object, and the pass with it.
  const onGone = useCallback(
    (summary: GoneSummary) => {
      setStage({ kind: 'gone', summary });
      void reload();
    },
    [reload],
  );
  const backToForm = () => {
    setStage({ kind: 'form' });
    void reload();
  };
  const nextUser = () => {
    setSelected(null);
    setQueueRow(null);
    setVerifyDraft(emptyDraft);
    setStage({ kind: 'form' });
    search.setQuery('');
    window.setTimeout(() => searchRef.current?.focus(), 0);
  };
  // Once the pass is gone, Ctrl+K starts the next person (the search box is not on screen).
  useShortcut('k', stage.kind === 'gone' && visible, nextUser);

  const title = (
    <Title2 as="h1">{stage.kind === 'handoff' ? 'Hand over the pass' : 'Issue a pass'}</Title2>
  );
  if (selected && (stage.kind === 'handoff' || stage.kind === 'gone')) {
    return (
      <div className={styles.full}>
        {title}
        <NoticeResult />
        <HandoffHost
          ticket={verifyDraft.ticket}
          handoff={stage.kind === 'handoff' ? stage.handoff : null}
          gone={stage.kind === 'gone' ? stage.summary : null}
          onGone={onGone}
          onReplace={backToForm}
          onNextUser={nextUser}
          onRevoked={() => void reload()}
          visible={visible}
        />
        {stage.kind === 'gone' ? <FollowPanel demo={demo} /> : null}
      </div>
    );
  }

  return (
    <div className={styles.page}>
      {title}
      <NoticeResult />
      <div className={styles.root}>
        <div className={styles.side}>
          <UserSearch
            query={search.query}
            status={search.status}
            inputRef={searchRef}
            onQueryChange={search.setQuery}
            onSearchNow={search.searchNow}
            onSelect={select}
          />
          <FollowPanel demo={demo} />
        </div>
        <div className={styles.main}>
          {stage.kind === 'unknown' ? (
            <UnknownOutcome tapNow={stage.tapNow} message={stage.message} onReplace={backToForm} />
          ) : null}
          <UserWorkspace
            cardState={cardState}
            capability={technician?.capability}
            verification={verification}
            noticeMode={noticeMode}
            verifyDraft={verifyDraft}
            mintDraft={mintDraft}
            minting={busy}
            mintError={mintError}
            onVerifyChange={setVerifyDraft}
            onMintDraftChange={setMintDraft}
            onMint={(card, request) => void onMint(card, request)}
            onRevoke={revoke}
          />
        </div>
      </div>
    </div>
  );
}
