/**
 * The mint form: lifetime (presets or custom, never outside the policy), optional delayed start,
 * one-time use. The button explains why it is disabled. Presentational: the draft lives upstream.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ConfigView, LifetimeRange, TapPolicy } from '../../../preload/contract';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { formatMinutes } from '../../ui/format-time';
import { checkLifetime, lifetimeBounds, presetsWithin } from './lifetime';
import { lifetimeText, type MintDraft } from './mint-draft';
import { checkStart, localDate } from './start-time';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
  },
  inline: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    alignItems: 'flex-end',
  },
  // Up to seven presets when the policy is unreadable: wrap whole options, never their labels.
  presets: { flexWrap: 'wrap' },
  preset: { whiteSpace: 'nowrap' },
  custom: { maxWidth: '160px' },
  actions: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
  },
  reason: { color: tokens.colorNeutralForeground2 },
});

/** What the form sends once everything checks out. */
export interface MintRequest {
  readonly lifetimeInMinutes: number;
  readonly startDateTime?: string;
  readonly isUsableOnce: boolean;
  /** Send the user's notice (only where the policy offers it). */
  readonly notify?: boolean;
}

type Props = Readonly<{
  policy: TapPolicy | null;
  /** The lifetimes main accepts for this user (the card's range). */
  lifetime: LifetimeRange;
  /** The organisation's notice policy: an offered notice is a choice, a required one is said. */
  noticeMode?: ConfigView['noticeMode'];
  draft: MintDraft;
  /** Why minting is not allowed yet (policy block, identity check); null when it is. */
  blockedReason: string | null;
  /** The policy check blocks this user: the whole form is disabled, not just the button. */
  policyBlocked: boolean;
  replaces: boolean;
  busy: boolean;
  nowMs: number;
  onDraftChange: (draft: MintDraft) => void;
  onSubmit: (request: MintRequest) => void;
}>;

/** Presentational mint form. */
export function MintForm({
  policy,
  lifetime: range,
  noticeMode = 'off',
  draft,
  blockedReason,
  policyBlocked,
  replaces,
  busy,
  nowMs,
  onDraftChange,
  onSubmit,
}: Props) {
  const styles = useStyles();
  const reasonId = useId();
  const [confirming, setConfirming] = useState(false);
  const bounds = lifetimeBounds(range);
  const lifetime = checkLifetime(lifetimeText(draft), bounds);
  const start = draft.delayed ? checkStart(draft.startDate, draft.startTime, nowMs) : null;
  // Empty fields are not wrong yet: mark them only once both hold something that does not work.
  const startInError =
    start !== null && !start.ok && draft.startDate !== '' && draft.startTime !== '';
  const forcedOnce = policy?.isUsableOnce === true;
  const reason =
    blockedReason ??
    (!lifetime.ok
      ? lifetime.reason
      : start && !start.ok
        ? start.reason
        : busy
          ? 'Creating the pass…'
          : null);
  const label = replaces ? 'Replace pass' : 'Create pass';

  const request = (): MintRequest | null =>
    lifetime.ok && (!start || start.ok)
      ? {
          lifetimeInMinutes: lifetime.minutes,
          isUsableOnce: forcedOnce || draft.oneTime,
          ...(start?.ok ? { startDateTime: start.iso } : {}),
          ...(noticeMode === 'offered' ? { notify: draft.notify === true } : {}),
        }
      : null;
  const submit = () => {
    const r = request();
    if (r && !reason) onSubmit(r);
  };
  const set = (patch: Partial<MintDraft>) => onDraftChange({ ...draft, ...patch });

  return (
    <fieldset className={styles.root} disabled={policyBlocked}>
      <legend className={styles.legend}>{replaces ? 'Replace the pass' : 'Create the pass'}</legend>
      <div className={styles.inline}>
        <Field label="Lifetime">
          <RadioGroup
            layout="horizontal"
            className={styles.presets}
            value={String(draft.preset)}
            onChange={(_, data) =>
              set({ preset: data.value === 'custom' ? 'custom' : Number(data.value) })
            }
          >
            {presetsWithin(bounds).map((m) => (
              <Radio
                key={m}
                value={String(m)}
                label={{ children: formatMinutes(m), className: styles.preset }}
              />
            ))}
            <Radio value="custom" label={{ children: 'Custom', className: styles.preset }} />
          </RadioGroup>
        </Field>
        {draft.preset === 'custom' ? (
          <Field
            label="Minutes"
            className={styles.custom}
            validationState={lifetime.ok ? 'none' : 'error'}
            validationMessage={lifetime.ok ? undefined : lifetime.reason}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={bounds.min}
              max={bounds.max}
              value={draft.customMinutes}
              onChange={(_, data) => set({ customMinutes: data.value })}
            />
          </Field>
        ) : null}
      </div>
      <Switch
        label="Start later"
        checked={draft.delayed}
        onChange={(_, data) => set({ delayed: data.checked })}
      />
      {draft.delayed ? (
        <div className={styles.inline}>
          <Field label="Start date" validationState={startInError ? 'error' : 'none'}>
            <Input
              type="date"
              min={localDate(nowMs)}
              value={draft.startDate}
              onChange={(_, d) => set({ startDate: d.value })}
            />
          </Field>
          <Field label="Start time (local)" validationState={startInError ? 'error' : 'none'}>
            <Input
              type="time"
              value={draft.startTime}
              onChange={(_, d) => set({ startTime: d.value })}
            />
          </Field>
        </div>
      ) : null}
      <Field
        hint={forcedOnce ? "Your organisation's TAP policy makes every pass one-time." : undefined}
      >
        <Switch
          label="One-time use"
          checked={forcedOnce || draft.oneTime}
          disabled={forcedOnce}
          onChange={(_, data) => set({ oneTime: data.checked })}
        />
      </Field>
      {noticeMode === 'offered' ? (
        <Checkbox
          label="Also send the user a notice that a pass was issued (never the pass)"
          checked={draft.notify === true}
          onChange={(_, data) => set({ notify: data.checked === true })}
        />
      ) : noticeMode === 'required' ? (
        <Text size={200}>The user is sent a notice that a pass was issued (never the pass), as your organisation requires.</Text>
      ) : null}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          size="large"
          disabledFocusable={reason !== null}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => (replaces ? setConfirming(true) : submit())}
        >
          {label}
        </Button>
        {reason ? (
          <Text id={reasonId} className={styles.reason}>
            {reason}
          </Text>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Replace the existing pass?"
        confirmLabel="Replace pass"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          submit();
        }}
      >
        This user already has a Temporary Access Pass. Replacing it deletes the old pass at once; it
        will no longer work.
      </ConfirmDialog>
    </fieldset>
  );
}
