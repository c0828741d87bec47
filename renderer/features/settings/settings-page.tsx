/** Settings: handoff behaviour (editable unless the policy locks it) and the tenant connection. */
import {
  Button,
  Card,
  Field,
  Input,
  Subtitle1,
  Switch,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AppError, Args, ConfigView, HandoffSettings } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { LockedNote } from '../../ui/locked-note';
import { ConfigProblems } from './config-problems';
import { TenantCorrection } from './tenant-correction';

const useStyles = makeStyles({
  root: {
    maxWidth: '720px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  card: { padding: tokens.spacingHorizontalXXL, gap: tokens.spacingVerticalM },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  num: { maxWidth: '320px' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0, wordBreak: 'break-all' },
});

type Props = Readonly<{
  config: ConfigView;
  /** In demo mode, the demo tenant's id: that is what TAP Desk is connected to, not the settings. */
  demoTenantId?: string | undefined;
  onSave: (args: Args<'config.setHandoff'>) => Promise<AppError | null>;
}>;

const inRange = (text: string, min: number, max: number) =>
  /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max;

/** Presentational settings page (it saves through `onSave`). */
export function SettingsPage({ config, demoTenantId, onSave }: Props) {
  const styles = useStyles();
  const current: HandoffSettings = config.handoff.value;
  const locked = config.handoff.locked;
  // The policy may lock single fields; a whole-object lock covers all of them.
  const isLocked = (field: keyof HandoffSettings) =>
    locked || config.handoff.lockedFields.includes(field);
  const allLocked = (
    ['displaySeconds', 'clipboardClearSeconds', 'showQr', 'allowScreenCapture'] as const
  ).every(isLocked);
  const [display, setDisplay] = useState(String(current.displaySeconds));
  const [clear, setClear] = useState(String(current.clipboardClearSeconds));
  const [showQr, setShowQr] = useState(current.showQr);
  const [capture, setCapture] = useState(current.allowScreenCapture);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const displayOk = inRange(display, 10, 600);
  const clearOk = inRange(clear, 5, 300);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!displayOk || !clearOk) return;
    setSaved(false);
    // Send only what the technician may change; main refuses locked fields anyway.
    const failure = await onSave({
      ...(isLocked('displaySeconds') ? {} : { displaySeconds: Number(display) }),
      ...(isLocked('clipboardClearSeconds') ? {} : { clipboardClearSeconds: Number(clear) }),
      ...(isLocked('showQr') ? {} : { showQr }),
      ...(isLocked('allowScreenCapture') ? {} : { allowScreenCapture: capture }),
    });
    setError(failure);
    setSaved(failure === null);
  };

  const connection: [string, string, boolean][] = [
    ...(demoTenantId === undefined
      ? ([
          ['Tenant ID', config.tenantId.value ?? 'Not set', config.tenantId.locked],
          ['Client ID', config.clientId.value ?? 'Not set', config.clientId.locked],
        ] as [string, string, boolean][])
      : ([
          ['Tenant ID', `${demoTenantId} (demo tenant)`, false],
          ['Client ID', "The demo tenant's built-in app", false],
        ] as [string, string, boolean][])),
    ['Cloud', config.cloud.value, config.cloud.locked],
    ['Audit folder', config.auditFolder.value, config.auditFolder.locked],
  ];

  return (
    <div className={styles.root}>
      <Title2 as="h1">Settings</Title2>
      <ConfigProblems problems={config.problems} />
      <Card className={styles.card}>
        <Subtitle1 as="h2">Handoff</Subtitle1>
        {allLocked ? <LockedNote /> : null}
        <form onSubmit={(e) => void submit(e)}>
          <fieldset className={styles.form} disabled={allLocked}>
            <Field
              label="Show the pass for (seconds)"
              className={styles.num}
              hint={isLocked('displaySeconds') ? <LockedNote /> : undefined}
              validationState={displayOk ? 'none' : 'error'}
              validationMessage={displayOk ? undefined : 'Between 10 and 600 seconds.'}
            >
              <Input
                type="number"
                min={10}
                max={600}
                disabled={isLocked('displaySeconds')}
                value={display}
                onChange={(_, d) => setDisplay(d.value)}
              />
            </Field>
            <Field
              label="Clear the clipboard after (seconds)"
              className={styles.num}
              hint={isLocked('clipboardClearSeconds') ? <LockedNote /> : undefined}
              validationState={clearOk ? 'none' : 'error'}
              validationMessage={clearOk ? undefined : 'Between 5 and 300 seconds.'}
            >
              <Input
                type="number"
                min={5}
                max={300}
                disabled={isLocked('clipboardClearSeconds')}
                value={clear}
                onChange={(_, d) => setClear(d.value)}
              />
            </Field>
            <Field hint={isLocked('showQr') ? <LockedNote /> : undefined}>
              <Switch
                label="Show a QR code"
                disabled={isLocked('showQr')}
                checked={showQr}
                onChange={(_, d) => setShowQr(d.checked)}
              />
            </Field>
            <Field hint={isLocked('allowScreenCapture') ? <LockedNote /> : undefined}>
              <Switch
                label="Allow screen capture while a pass is shown"
                disabled={isLocked('allowScreenCapture')}
                checked={capture}
                onChange={(_, d) => setCapture(d.checked)}
              />
            </Field>
            <div>
              <Button
                type="submit"
                appearance="primary"
                disabled={allLocked || !displayOk || !clearOk}
              >
                Save handoff settings
              </Button>
            </div>
            {saved ? <Text role="status">Saved.</Text> : null}
            {error ? <ErrorNote error={error} title="Not saved" /> : null}
          </fieldset>
        </form>
      </Card>
      <Card className={styles.card}>
        <Subtitle1 as="h2">Connection</Subtitle1>
        {config.cloudNote ? <Text>{config.cloudNote}</Text> : null}
        <dl className={styles.facts}>
          {connection.map(([term, value, isLocked]) => (
            <div key={term} className={styles.pair}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.def}>
                {value} {isLocked ? <LockedNote /> : null}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      {demoTenantId === undefined && config.tenantId.value !== null ? <TenantCorrection config={config} /> : null}
    </div>
  );
}
