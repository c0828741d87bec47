/** The identity checklist for the user's tier, the method used and the ticket reference. */
import {
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { VerificationConfig, VerificationTier } from '../../../preload/contract';
import { normaliseTicket } from '../../../preload/ticket-pattern';
import { rememberTicket } from './last-ticket';
import { SecondTechnicianField } from './second-technician-field';
import {
  checklistFor,
  needsSecondTechnician,
  ticketMatches,
  type VerificationDraft,
} from './verification';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
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
  checks: { display: 'flex', flexDirection: 'column' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

type Props = Readonly<{
  config: VerificationConfig;
  tier: VerificationTier;
  draft: VerificationDraft;
  disabled?: boolean;
  /** Focus the first check when shown (the card was just opened from the search). */
  autoFocus?: boolean;
  /** The person being helped (never their own second technician). */
  targetId: string;
  onChange: (draft: VerificationDraft) => void;
}>;

/** Presentational: all state lives in the caller so it survives a sign-in overlay. */
export function VerifyIdentity({
  config,
  tier,
  draft,
  disabled,
  autoFocus,
  targetId,
  onChange,
}: Props) {
  const styles = useStyles();
  const firstCheck = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Only when the card appears, not on every change: the keyboard path goes search → checks.
    if (autoFocus) firstCheck.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only
  }, []);
  const items = checklistFor(config, tier);
  const ticketOk = ticketMatches(config.ticketPattern, draft.ticket);
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...draft,
      checked: on ? [...draft.checked, id] : draft.checked.filter((c) => c !== id),
    });

  return (
    <fieldset className={styles.root} disabled={disabled}>
      <legend className={styles.legend}>Verify the person</legend>
      {tier === 'privileged' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Privileged user</MessageBarTitle>
            This person holds an admin role. Use the stricter checks below.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.checks} role="group" aria-label="Identity checks">
        {items.map((item, i) => (
          <Checkbox
            key={item.id}
            ref={i === 0 ? firstCheck : undefined}
            label={item.label}
            checked={draft.checked.includes(item.id)}
            disabled={disabled}
            onChange={(_, data) => toggle(item.id, data.checked === true)}
          />
        ))}
      </div>
      {needsSecondTechnician(config, tier) ? (
        <SecondTechnicianField
          value={draft.secondTechnician}
          targetId={targetId}
          disabled={disabled}
          onChange={(upn) => onChange({ ...draft, secondTechnician: upn })}
        />
      ) : null}
      <div className={styles.row}>
        <Field label="Verification method" required>
          <Select
            value={draft.method}
            disabled={disabled}
            onChange={(_, data) => onChange({ ...draft, method: data.value })}
          >
            <option value="">Choose…</option>
            {config.methods.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Ticket reference"
          required
          validationState={draft.ticket && !ticketOk ? 'error' : draft.ticket ? 'success' : 'none'}
          validationMessage={
            draft.ticket && !ticketOk
              ? `Does not look like a ticket reference. Example: ${config.ticketExample}`
              : undefined
          }
          hint={draft.ticket ? undefined : `Example: ${config.ticketExample}`}
        >
          <Input
            value={draft.ticket}
            disabled={disabled}
            maxLength={64}
            onChange={(_, data) => {
              // "inc0012345" is the same ticket as INC0012345: shown and recorded as the pattern writes it.
              const typed = data.value.trim();
              const matched = normaliseTicket(config.ticketPattern, typed);
              // Offered again in the PIM activation dialog, only when it matches the pattern.
              rememberTicket(matched);
              onChange({ ...draft, ticket: matched ?? typed });
            }}
          />
        </Field>
      </div>
    </fieldset>
  );
}
