/**
 * The show-once screen. The pass is the focus: large, centred, on its own surface. Around it:
 * the phonetic spelling, the QR code with its warning, what to read out, copy and hide controls.
 * Keyboard path: the pass region takes focus; Tab reaches Copy, Handed over, Hide now; Esc hides.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Copy20Regular, EyeOff20Regular, Checkmark20Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { AppError, DeskHandoff } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { PassDisplay } from './pass-display';
import { PhoneticList } from './phonetic-list';
import { QrCode } from './qr-code';
import { ValidityReadout } from './validity-readout';
import { copySealHandlers, sealedStyle } from './copy-seal';
import { HandoffCountdown, HandoffTitle, useHandoffSection } from './handoff-frame';

const captureWarning = {
  'allowed-by-policy':
    'Screen capture is allowed by your organisation: this pass can appear in screenshots and screen shares.',
  unavailable:
    'This computer cannot keep the pass out of screenshots and screen shares: stop any screen sharing before you continue.',
} as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    outline: 'none',
    // Nothing here can be selected, so nothing here can be copied by hand (copy-seal.ts).
    ...sealedStyle,
  },
  passCard: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  readout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  qr: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '240px' },
  note: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    alignItems: 'center',
  },
});

type Props = Readonly<{
  handoff: DeskHandoff;
  nowMs: number;
  clipboardLine: string | null;
  copyError: AppError | null;
  onCopy: () => void;
  onHandedOver: () => void;
  onHide: () => void;
}>;

/**
 * The page may have been scrolled down to the Create button: start from the top, and if the pass
 * would then end below the fold (a small laptop), bring the handoff's own title to the top.
 */
function revealTitleAndPass(section: HTMLElement | null, pass: HTMLElement | null): void {
  if (!section || !pass) return;
  window.scrollTo({ top: 0 });
  if (pass.getBoundingClientRect().bottom > window.innerHeight) {
    section.scrollIntoView({ block: 'start' });
  }
}

/** Presentational handoff screen for one pass. */
export function HandoffScreen({
  handoff,
  nowMs,
  clipboardLine,
  copyError,
  onCopy,
  onHandedOver,
  onHide,
}: Props) {
  const styles = useStyles();
  const passRef = useRef<HTMLDivElement>(null);
  const { rootRef, onKeyDown } = useHandoffSection(onHide, (root) => revealTitleAndPass(root, passRef.current));

  return (
    <section
      ref={rootRef}
      tabIndex={-1}
      className={styles.root}
      aria-labelledby="handoff-title"
      onKeyDown={onKeyDown}
      {...copySealHandlers}
    >
      <HandoffTitle handoff={handoff} note="Shown once. Read it out or let the person type it; it cannot be shown again." />
      {handoff.customerDisplay === 'not-attached' ? (
        // Policy asked for the customer display, but there is none: never claim it is there.
        <MessageBar intent="warning">
          <MessageBarBody>
            The pass should go on the customer display, but no second display is attached: it
            is shown on this screen.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div ref={passRef} className={styles.passCard}>
        <PassDisplay pass={handoff.pass} />
        <HandoffCountdown hideAt={handoff.hideAt} nowMs={nowMs} />
      </div>
      <div className={styles.actions}>
        {handoff.copyAllowed ? (
          <Button appearance="primary" size="large" icon={<Copy20Regular />} onClick={onCopy}>
            Copy
          </Button>
        ) : null}
        <Button size="large" icon={<Checkmark20Regular />} onClick={onHandedOver}>
          Handed over
        </Button>
        <Button size="large" appearance="subtle" icon={<EyeOff20Regular />} onClick={onHide}>
          Hide now
        </Button>
        {clipboardLine ? <Text role="status">{clipboardLine}</Text> : null}
      </div>
      {copyError ? <ErrorNote error={copyError} title="Copy failed" /> : null}
      {handoff.captureProtection === 'on' ? null : (
        <MessageBar intent="warning">
          <MessageBarBody>{captureWarning[handoff.captureProtection]}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.columns}>
        <div className={styles.readout}>
          <div className={styles.section}>
            <Subtitle2 as="h3">Read aloud</Subtitle2>
            <PhoneticList words={handoff.phonetic} />
          </div>
          <div className={styles.section}>
            <Subtitle2 as="h3">Tell the person</Subtitle2>
            <ValidityReadout handoff={handoff} nowMs={nowMs} />
          </div>
        </div>
        {handoff.showQr ? (
          <div className={styles.qr}>
            <Subtitle2 as="h3">QR code</Subtitle2>
            <QrCode value={handoff.pass} label="QR code of the pass" />
            <Text size={200} className={styles.note}>
              Phone camera apps may send what they scan to a cloud service. Scan only where the
              person will sign in.
            </Text>
          </div>
        ) : null}
      </div>
    </section>
  );
}
