/** First run: connect TAP Desk to a tenant, or explore the demo tenant. */
import {
  Body1,
  Button,
  Card,
  Divider,
  Field,
  Input,
  Link,
  Select,
  Subtitle1,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import type { AppError, Cloud } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { RegistrationHelp } from '../help/registration-help';
import { cloudLabel } from './cloud-label';
import { guidProblem, isGuid } from './guid';

const useStyles = makeStyles({
  root: {
    maxWidth: '640px',
    margin: '0 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  card: { padding: tokens.spacingHorizontalXXL, gap: tokens.spacingVerticalL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
});


type Props = Readonly<{
  error: AppError | null;
  busy: boolean;
  onSave: (tenantId: string, clientId: string, cloud: Cloud) => void;
  onUseDemo: () => void;
}>;

/** Presentational first-run screen. */
export function FirstRunForm({ error, busy, onSave, onUseDemo }: Props) {
  const styles = useStyles();
  const [tenantId, setTenantId] = useState('');
  const [clientId, setClientId] = useState('');
  const [cloud, setCloud] = useState<Cloud>('Public');
  const [helpOpen, setHelpOpen] = useState(false);
  // The dialog opens without a trigger, so focus is handed back to the link by hand.
  const helpLink = useRef<HTMLButtonElement>(null);
  const closeHelp = () => {
    setHelpOpen(false);
    helpLink.current?.focus();
  };
  const tenantProblem = guidProblem(tenantId, 'tenant');
  const clientProblem = guidProblem(clientId, 'client');
  const ready = isGuid(tenantId) && isGuid(clientId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) onSave(tenantId, clientId, cloud);
  };

  return (
    <div className={styles.root}>
      <Title2 as="h1">Welcome to TAP Desk</Title2>
      <Body1>
        Connect TAP Desk to your organisation's Entra tenant, or try it first on the demo tenant.
      </Body1>
      <Card className={styles.card}>
        <Subtitle1 as="h2">Try it without a tenant</Subtitle1>
        <Body1>A built-in demo directory with sample users. Nothing leaves this computer.</Body1>
        <div className={styles.actions}>
          <Button appearance="primary" size="large" disabled={busy} onClick={onUseDemo}>
            Explore the demo tenant
          </Button>
        </div>
      </Card>
      <Divider>or</Divider>
      <Card className={styles.card}>
        <Subtitle1 as="h2">Connect your tenant</Subtitle1>
        <form className={styles.form} onSubmit={submit} noValidate>
          <Field
            label="Tenant ID"
            required
            validationState={tenantProblem ? 'error' : 'none'}
            validationMessage={tenantProblem}
          >
            <Input value={tenantId} onChange={(_, d) => setTenantId(d.value)} spellCheck={false} />
          </Field>
          <Field
            label="Application (client) ID"
            required
            validationState={clientProblem ? 'error' : 'none'}
            validationMessage={clientProblem}
          >
            <Input value={clientId} onChange={(_, d) => setClientId(d.value)} spellCheck={false} />
          </Field>
          <Field label="Cloud">
            <Select value={cloud} onChange={(_, d) => setCloud(d.value as Cloud)}>
              {(Object.keys(cloudLabel) as Cloud[]).map((c) => (
                <option key={c} value={c}>
                  {cloudLabel[c]}
                </option>
              ))}
            </Select>
          </Field>
          {error ? <ErrorNote error={error} title="Not saved" /> : null}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={!ready || busy}>
              Save
            </Button>
            <Link ref={helpLink} as="button" type="button" onClick={() => setHelpOpen(true)}>
              How to register TAP Desk in Entra
            </Link>
          </div>
        </form>
      </Card>
      <RegistrationHelp open={helpOpen} onClose={closeHelp} />
    </div>
  );
}
