/** The top bar: product, environment, the signed-in technician and sign-out. */
import { Avatar, Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AppInfo, Technician } from '../../../preload/contract';
import { capabilityText } from './capability';
import { PimMenu } from '../../lazy-screens';
import { RefreshRolesButton } from './refresh-roles-button';
import { ForwardingStatus } from '../audit-forwarding/forwarding-status';

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
  // Nothing in the bar wraps or spills (1024 px, 200% zoom): only the identity lines shrink,
  // with an ellipsis and the whole text in a tooltip.
  product: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    whiteSpace: 'nowrap',
    flexShrink: 0,
  },
  fixed: { whiteSpace: 'nowrap', flexShrink: 0 },
  spacer: { flexGrow: 1 },
  tech: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    minWidth: 0,
    flexShrink: 1,
  },
  who: {
    display: 'flex',
    flexDirection: 'column',
    lineHeight: tokens.lineHeightBase200,
    minWidth: 0,
    flexShrink: 1,
  },
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
        <Badge appearance="filled" color="brand" size="large" className={styles.fixed}>
          Demo tenant
        </Badge>
      ) : info.tenantId ? (
        <Badge appearance="outline" color="informative" size="large" className={styles.fixed}>
          {`Tenant ${info.tenantId}${info.cloud && info.cloud !== 'Public' ? ` · ${info.cloud}` : ''}`}
        </Badge>
      ) : null}
      <span className={styles.spacer} />
      <ForwardingStatus className={styles.fixed} />
      {technician ? (
        <div className={styles.tech} aria-label="Signed-in technician" role="group">
          <Avatar
            name={technician.displayName}
            size={32}
            aria-hidden="true"
            className={styles.fixed}
          />
          <div className={styles.who}>
            <Text weight="semibold" wrap={false} truncate block title={technician.displayName}>
              {technician.displayName}
            </Text>
            <Text
              size={200}
              wrap={false}
              truncate
              block
              className={styles.muted}
              title={`${technician.userPrincipalName} · tenant ${technician.tenantId}`}
            >
              {technician.userPrincipalName} · tenant {technician.tenantId}
            </Text>
          </div>
          <Badge
            appearance="tint"
            color={capabilityColor[technician.capability]}
            title={technician.roles?.join(', ')}
            className={styles.fixed}
          >
            {capabilityText[technician.capability]}
            {technician.adminUnitScoped ? ' · administrative units' : ''}
          </Badge>
          <PimMenu view={technician.pim} />
          <span className={styles.fixed}>
            <RefreshRolesButton />
          </span>
          <Button appearance="secondary" className={styles.fixed} onClick={onSignOut}>
            Sign out
          </Button>
        </div>
      ) : null}
    </header>
  );
}
