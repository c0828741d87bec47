/**
 * The technician's screen while the pass is on the customer display. It never holds the pass:
 * it says where the pass is, runs the same countdown, and offers Handed over and Hide now. The
 * read-aloud spelling appears only when asked for (a person who cannot read the display), and
 * main journals that request. Keyboard: the region takes focus; Esc hides.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Checkmark20Regular, EyeOff20Regular, ReadAloud20Regular } from '@fluentui/react-icons';
import type { CustomerDisplayHandoff } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { copySealHandlers, sealedStyle } from './copy-seal';
import { HandoffCountdown, HandoffTitle, useHandoffSection } from './handoff-frame';
import { PhoneticList } from './phonetic-list';
import { useSpelling } from './use-spelling';
import { ValidityReadout } from './validity-readout';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    outline: 'none',
    // The spelling, once asked for, is the pass in words: no copying it by hand (copy-seal.ts).
    ...sealedStyle,
  },
  where: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
});

type Props = Readonly<{
  handoff: CustomerDisplayHandoff;
  nowMs: number;
  onHandedOver: () => void;
  onHide: () => void;
}>;

export function CustomerDisplayScreen({ handoff, nowMs, onHandedOver, onHide }: Props) {
  const styles = useStyles();
  const spelling = useSpelling(handoff.handoffId);
  const { rootRef, onKeyDown } = useHandoffSection(onHide, () => window.scrollTo({ top: 0 }));

  return (
    <section
      ref={rootRef}
      tabIndex={-1}
      className={styles.root}
      aria-labelledby="handoff-title"
      onKeyDown={onKeyDown}
      {...copySealHandlers}
    >
      <HandoffTitle handoff={handoff} note="Shown once, to the person only: it is not on this screen." />
      <div className={styles.where} role="status" aria-label="Where the pass is">
        <Subtitle2 as="p">Shown on the customer display</Subtitle2>
        <Text className={styles.note}>
          Ask the person to type it from their display, or scan its QR code.
        </Text>
        <HandoffCountdown hideAt={handoff.hideAt} nowMs={nowMs} />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" size="large" icon={<Checkmark20Regular />} onClick={onHandedOver}>
          Handed over
        </Button>
        <Button size="large" appearance="subtle" icon={<EyeOff20Regular />} onClick={onHide}>
          Hide now
        </Button>
        {spelling.words ? null : (
          <Button
            size="large"
            icon={<ReadAloud20Regular />}
            disabled={spelling.busy}
            onClick={() => void spelling.ask()}
          >
            Show the spelling to read aloud
          </Button>
        )}
      </div>
      {spelling.error ? <ErrorNote error={spelling.error} title="Spelling not shown" /> : null}
      {handoff.captureProtection === 'on' ? null : (
        <MessageBar intent="warning">
          <MessageBarBody>
            This computer cannot keep the customer display out of screenshots and screen shares:
            stop any screen sharing before you continue.
          </MessageBarBody>
        </MessageBar>
      )}
      {spelling.words ? (
        <div className={styles.section}>
          <Subtitle2 as="h3">Read aloud</Subtitle2>
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>You asked for the spelling</MessageBarTitle>
              For a person who cannot read the display. Your request is in the audit journal.
            </MessageBarBody>
          </MessageBar>
          <PhoneticList words={spelling.words} />
        </div>
      ) : (
        <Text className={styles.note}>
          The spelling to read aloud appears only if you ask for it: for a person who cannot read
          the display. Asking is recorded in the audit journal.
        </Text>
      )}
      <div className={styles.section}>
        <Subtitle2 as="h3">Tell the person</Subtitle2>
        <ValidityReadout handoff={handoff} nowMs={nowMs} />
      </div>
    </section>
  );
}
