/**
 * The one activation dialog: role (and scope), duration clamped to the role's maximum,
 * justification, ticket; then the progress main reports (signing in again, waiting for an
 * approver, taking effect) until the role is active or refused. Main enforces every rule again.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AppError, Args, PimProgress, PimRole } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { formatMinutes } from '../../ui/format-time';
import { defaultMinutes, durationChoices, durationHint, isBusy, roleLabel } from './pim-lines';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type Props = Readonly<{
  roles: readonly PimRole[];
  /** The role the technician chose in the header, preselected. */
  initialKey: string;
  /** Offered as the ticket: the last one typed on the verify form, if it matched the pattern. */
  ticket: string | null;
  progress: PimProgress | null;
  onActivate: (args: Args<'pim.activate'>) => Promise<AppError | null>;
  onClose: () => void;
}>;

const progressIntent = (state: PimProgress['state']) =>
  state === 'active' ? 'success' : state === 'denied' || state === 'failed' ? 'error' : 'info';

export function ActivateDialog({ roles, initialKey, ticket: offered, progress, onActivate, onClose }: Props) {
  const styles = useStyles();
  const [key, setKey] = useState(initialKey);
  const role = roles.find((r) => r.key === key) ?? roles[0];
  const [minutes, setMinutes] = useState(() => defaultMinutes(role?.rules.maxMinutes ?? 60));
  const [justification, setJustification] = useState('');
  const [ticket, setTicket] = useState(offered ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  if (!role) return null;

  const rules = role.rules;
  const choices = durationChoices(rules.maxMinutes);
  const clamped = Math.min(minutes, rules.maxMinutes);
  const mine = progress && progress.roleKey === sent ? progress : null;
  const working = busy || (mine !== null && isBusy(mine.state));
  const done = mine?.state === 'active';
  const missing =
    rules.justification && justification.trim() === ''
      ? 'This role needs a justification.'
      : rules.ticket && ticket.trim() === ''
        ? 'This role needs a ticket number.'
        : null;
  const unknown = rules.source === 'unknown';

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setSent(role.key);
    const failure = await onActivate({
      roleKey: role.key,
      minutes: clamped,
      ...(justification.trim() ? { justification: justification.trim() } : {}),
      ...(ticket.trim() ? { ticket: ticket.trim() } : {}),
    });
    setBusy(false);
    if (failure) {
      setError(failure);
      setSent(null);
    }
  };

  const pick = (next: string) => {
    setKey(next);
    const r = roles.find((x) => x.key === next);
    if (r) setMinutes(defaultMinutes(r.rules.maxMinutes));
    setError(null);
  };

  // While main signs the technician in again (a claims challenge) the dialog says so; the
  // reply to `pim.activate` only comes after that sign-in.
  const line = mine ?? (busy ? { state: 'activating' as const, message: `Asking Entra to activate ${roleLabel(role)}…` } : null);

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Activate a role</DialogTitle>
          <DialogContent className={styles.form}>
            <Field label="Role and scope">
              <Select value={role.key} disabled={working || done} onChange={(_, d) => pick(d.value)}>
                {roles.map((r) => (
                  <option key={r.key} value={r.key}>
                    {roleLabel(r)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Duration" hint={durationHint(rules)}>
              <Select
                value={String(clamped)}
                disabled={working || done}
                onChange={(_, d) => setMinutes(Number(d.value))}
              >
                {choices.map((m) => (
                  <option key={m} value={m}>
                    {formatMinutes(m)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label="Justification"
              required={rules.justification}
              hint={unknown ? 'Entra may require one; its rules for this role could not be read.' : undefined}
            >
              <Textarea
                value={justification}
                maxLength={500}
                disabled={working || done}
                onChange={(_, d) => setJustification(d.value)}
              />
            </Field>
            <Field
              label="Ticket number"
              required={rules.ticket}
              hint={
                offered && ticket === offered
                  ? 'The ticket you last entered on the verify form.'
                  : unknown
                    ? 'Entra may require one; its rules for this role could not be read.'
                    : undefined
              }
            >
              <Input
                value={ticket}
                maxLength={64}
                disabled={working || done}
                onChange={(_, d) => setTicket(d.value)}
              />
            </Field>
            {rules.approval ? (
              <Text>An approver must approve this role. TAP Desk checks every 15 seconds and tells you the answer here and in the header.</Text>
            ) : null}
            {rules.mfa || rules.authContext ? (
              <Text>This role asks for a stronger sign-in. TAP Desk opens your browser to sign in again; you stay signed in here.</Text>
            ) : null}
            {line ? (
              <MessageBar intent={progressIntent(line.state)} layout="multiline">
                <MessageBarBody className={styles.progress} role="status" aria-live="polite">
                  {isBusy(line.state) ? <Spinner size="tiny" aria-hidden="true" /> : null}
                  {line.message}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {error ? <ErrorNote error={error} title="Not activated" /> : null}
            {missing && !working && !done ? <Text role="note">{missing}</Text> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance={done ? 'primary' : 'secondary'} onClick={onClose}>
              {working ? 'Close (keeps waiting)' : 'Close'}
            </Button>
            {done ? null : (
              <Button appearance="primary" disabled={working || missing !== null} onClick={() => void submit()}>
                {busy ? 'Activating…' : 'Activate'}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
