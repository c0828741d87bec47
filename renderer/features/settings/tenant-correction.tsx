/**
 * Correct the tenant or client ID after saving them: a mistyped GUID stops sign-in, so this form
 * is offered in Settings and under the sign-in panel. Fields the policy locks cannot be changed
 * (main refuses them too). Saving drops the current sign-in: the next one is to the new tenant.
 */
import { Button, Card, Field, Input, Select, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AppError, Cloud, ConfigView } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import { ErrorNote } from '../../ui/error-note';
import { LockedNote } from '../../ui/locked-note';
import { cloudLabel } from '../first-run/cloud-label';
import { guidProblem, isGuid } from '../first-run/guid';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXXL, gap: tokens.spacingVerticalM, maxWidth: '640px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, border: 'none', margin: 0, padding: 0 },
});

type Props = Readonly<{ config: ConfigView }>;

export function TenantCorrection({ config }: Props) {
  const styles = useStyles();
  const bridge = useBridge();
  const [tenantId, setTenantId] = useState(config.tenantId.value ?? '');
  const [clientId, setClientId] = useState(config.clientId.value ?? '');
  const [cloud, setCloud] = useState<Cloud>(config.cloud.value);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const locked = config.tenantId.locked || config.clientId.locked || config.cloud.locked;
  const tenantProblem = guidProblem(tenantId, 'tenant');
  const clientProblem = guidProblem(clientId, 'client');
  const changed = tenantId !== (config.tenantId.value ?? '') || clientId !== (config.clientId.value ?? '') || cloud !== config.cloud.value;
  const ready = !locked && changed && isGuid(tenantId) && isGuid(clientId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setSaved(false);
    const reply = await call(bridge, 'config.setTenant', { tenantId, clientId, cloud });
    setBusy(false);
    setError(reply.ok ? null : reply.error);
    setSaved(reply.ok);
  };

  return (
    <Card className={styles.card}>
      <Subtitle1 as="h2">Tenant connection</Subtitle1>
      {locked ? <LockedNote /> : <Text>Typed a wrong ID? Correct it here; you then sign in to the tenant you entered.</Text>}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className={styles.form} disabled={locked || busy}>
          <Field
            label="Tenant ID"
            validationState={tenantProblem ? 'error' : 'none'}
            validationMessage={tenantProblem}
          >
            <Input disabled={locked} value={tenantId} onChange={(_, d) => setTenantId(d.value.trim())} spellCheck={false} />
          </Field>
          <Field
            label="Application (client) ID"
            validationState={clientProblem ? 'error' : 'none'}
            validationMessage={clientProblem}
          >
            <Input disabled={locked} value={clientId} onChange={(_, d) => setClientId(d.value.trim())} spellCheck={false} />
          </Field>
          <Field label="Cloud">
            <Select disabled={locked} value={cloud} onChange={(_, d) => setCloud(d.value as Cloud)}>
              {(Object.keys(cloudLabel) as Cloud[]).map((c) => (
                <option key={c} value={c}>
                  {cloudLabel[c]}
                </option>
              ))}
            </Select>
          </Field>
          {error ? <ErrorNote error={error} title="Not saved" /> : null}
          {saved ? <Text role="status">Saved. Sign in to the tenant you entered.</Text> : null}
          <div>
            <Button type="submit" appearance="primary" disabled={!ready || busy}>
              Save the corrected IDs
            </Button>
          </div>
        </fieldset>
      </form>
    </Card>
  );
}
