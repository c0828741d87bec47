/** The audit view's filters: dates, technician, target, action and ticket. */
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Args } from '../../../preload/contract';
import { auditActions, type AuditAction } from '../../../preload/contract/audit-actions';
import { auditActionLabels, emptyAuditFilter, toListArgs, type AuditFilterDraft } from './audit-filters';

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    alignItems: 'flex-end',
  },
});

// Actions in the order the labels list them (the people-facing ones first).
const actionOptions = (Object.keys(auditActionLabels) as AuditAction[]).filter((a) => auditActions.includes(a));

export function AuditFilterForm({ onApply }: Readonly<{ onApply: (args: Args<'audit.list'>) => void }>) {
  const styles = useStyles();
  const [draft, setDraft] = useState<AuditFilterDraft>(emptyAuditFilter);
  const set = (patch: Partial<AuditFilterDraft>) => setDraft({ ...draft, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(toListArgs(draft));
  };
  return (
    <form className={styles.filters} onSubmit={submit} aria-label="Filter the journal">
      <Field label="From">
        <Input type="date" value={draft.from} onChange={(_, d) => set({ from: d.value })} />
      </Field>
      <Field label="To">
        <Input type="date" value={draft.to} onChange={(_, d) => set({ to: d.value })} />
      </Field>
      <Field label="Technician">
        <Input value={draft.technician} onChange={(_, d) => set({ technician: d.value })} />
      </Field>
      <Field label="Target user">
        <Input value={draft.target} onChange={(_, d) => set({ target: d.value })} />
      </Field>
      <Field label="Action">
        <Select value={draft.action} onChange={(_, d) => set({ action: d.value as AuditAction | '' })}>
          <option value="">Any action</option>
          {actionOptions.map((action) => (
            <option key={action} value={action}>
              {auditActionLabels[action]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Ticket">
        <Input value={draft.ticket} maxLength={64} onChange={(_, d) => set({ ticket: d.value })} />
      </Field>
      <Button type="submit" appearance="primary">
        Apply filters
      </Button>
    </form>
  );
}
