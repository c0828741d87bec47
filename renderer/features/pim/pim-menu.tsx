/**
 * The header's PIM button: one short line (what is active and until when, what is under way,
 * or that a role could be activated) opening the list of the technician's PIM roles, each with
 * Activate or Deactivate. The activation dialog opens from here.
 */
import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AppError, PimRole, PimView } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { lastMatchingTicket } from '../verify/last-ticket';
import { ActivateDialog } from './activate-dialog';
import { headerLine, isBusy, roleLabel, shownProgress, stateLine } from './pim-lines';
import { usePim } from './use-pim';

const useStyles = makeStyles({
  // The header never wraps: the identity lines give way first (their rule); this label keeps its
  // width and, past its cap, ends in an ellipsis with the full line in the tooltip.
  trigger: { minWidth: 0, maxWidth: '240px', flexShrink: 0 },
  label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  surface: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '420px' },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  what: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

type Dialog = { readonly roles: readonly PimRole[]; readonly key: string; readonly ticket: string | null };

export function PimMenu({ view }: Readonly<{ view: PimView | undefined }>) {
  const styles = useStyles();
  const pim = usePim();
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [ending, setEnding] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const roles = view?.state === 'available' ? view.roles : [];
  const last = shownProgress(pim.last, roles);
  const line = headerLine(view, pim.seen ? null : last);
  if (!line) return null;

  const startActivation = (role: PimRole) => {
    setOpen(false);
    // A snapshot: the role leaves the eligible list once requested, the dialog keeps showing it.
    setDialog({ roles: roles.filter((r) => r.state === 'eligible'), key: role.key, ticket: lastMatchingTicket() });
  };
  const deactivate = async (role: PimRole) => {
    setEnding(role.key);
    setError(null);
    setError(await pim.deactivate(role.key));
    setEnding(null);
  };
  const toggle = (next: boolean) => {
    setOpen(next);
    // Opening the list shows the outcome in full: the header may go back to the roles.
    if (next && pim.last && !isBusy(pim.last.state)) pim.markSeen();
  };

  return (
    <>
      <Popover open={open} onOpenChange={(_, d) => toggle(d.open)} positioning="below-end" withArrow trapFocus>
        <PopoverTrigger disableButtonEnhancement>
          <Button
            appearance={line.tone === 'problem' ? 'outline' : 'subtle'}
            icon={line.tone === 'busy' ? <Spinner size="extra-tiny" aria-hidden="true" /> : <ShieldKeyholeRegular />}
            className={styles.trigger}
            title={line.full}
            aria-label={`Privileged Identity Management: ${line.text}. ${line.full}`}
          >
            <span className={line.tone === 'problem' ? `${styles.label} ${styles.problem}` : styles.label}>{line.text}</span>
          </Button>
        </PopoverTrigger>
        <PopoverSurface aria-label="My PIM roles" className={styles.surface}>
          <Text weight="semibold">My roles in Privileged Identity Management</Text>
          {last ? <Text role="status">{last.message}</Text> : null}
          {view?.state === 'unavailable' ? <Text>{view.reason}</Text> : null}
          {roles.map((role) => (
            <div key={role.key} className={styles.row}>
              <div className={styles.what}>
                <Text>{roleLabel(role)}</Text>
                <Text size={200} className={styles.muted}>
                  {stateLine(role)}
                </Text>
              </div>
              {role.state === 'eligible' ? (
                <Button appearance="primary" onClick={() => startActivation(role)} aria-label={`Activate ${roleLabel(role)}`}>
                  Activate…
                </Button>
              ) : role.state === 'active' ? (
                <Button disabled={ending !== null} onClick={() => void deactivate(role)} aria-label={`Deactivate ${roleLabel(role)}`}>
                  {ending === role.key ? 'Deactivating…' : 'Deactivate'}
                </Button>
              ) : null}
            </div>
          ))}
          {error ? <ErrorNote error={error} title="Not deactivated" /> : null}
        </PopoverSurface>
      </Popover>
      {dialog ? (
        <ActivateDialog
          roles={dialog.roles}
          initialKey={dialog.key}
          ticket={dialog.ticket}
          progress={last}
          onActivate={pim.activate}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}
