/** The top bar: product, environment, the signed-in technician and sign-out. */
import { Avatar, Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AppInfo, Technician } from '../../../preload/contract';
import { capabilityText } from './capability';
import { RefreshRolesButton } from './refresh-roles-button';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minHeight: '48px',
  },
  demo: { borderTop: `4px solid ${tokens.colorBrandBackground}` },
  product: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  spacer: { flexGrow: 1 },
  tech: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  who: { display: 'flex', flexDirection: 'column', lineHeight: tokens.lineHeightBase200 },
  muted: { color: tokens.colorNeutralForeground2 },
});

const capabilityColor: Record<
  Technician['capability'],
  'success' | 'warning' | 'danger' | 'subtle'
> = {
  everyone: 'success',
  members: 'success',
  'read-only': 'warning',
  none: 'danger',
  unknown: 'subtle',
};

type Props = Readonly<{ info: AppInfo; technician: Technician | null; onSignOut: () => void }>;

/** Presentational header. */
export function AppHeader({ info, technician, onSignOut }: Props) {
  const styles = useStyles();
  const demo = info.mode === 'demo';
  return (
    <header className={demo ? `${styles.root} ${styles.demo}` : styles.root}>
      <p className={styles.product}>TAP Desk</p>
      {demo ? (
        <Badge appearance="filled" color="brand" size="large">
          Demo tenant
        </Badge>
      ) : info.tenantId ? (
        <Badge appearance="outline" color="informative" size="large">
          {`Tenant ${info.tenantId}${info.cloud && info.cloud !== 'Public' ? ` · ${info.cloud}` : ''}`}
        </Badge>
      ) : null}
      <span className={styles.spacer} />
      {technician ? (
        <div className={styles.tech} aria-label="Signed-in technician" role="group">
          <Avatar name={technician.displayName} size={32} aria-hidden="true" />
          <div className={styles.who}>
            <Text weight="semibold">{technician.displayName}</Text>
            <Text size={200} className={styles.muted}>
              {technician.userPrincipalName} · tenant {technician.tenantId}
            </Text>
          </div>
          <Badge
            appearance="tint"
            color={capabilityColor[technician.capability]}
            title={technician.roles?.join(', ')}
          >
            {capabilityText[technician.capability]}
            {technician.adminUnitScoped ? ' · administrative units' : ''}
          </Badge>
          <RefreshRolesButton />
          <Button appearance="secondary" onClick={onSignOut}>
            Sign out
          </Button>
        </div>
      ) : null}
    </header>
  );
}
