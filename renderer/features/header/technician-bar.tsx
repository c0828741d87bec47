/**
 * The header's signed-in part: who is signed in, what their roles allow, PIM, "Refresh my
 * roles" and sign-out. Only the signed-in frame shows it, so it loads with that frame.
 */
import { Avatar, Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Technician } from '../../../preload/contract';
import { PimMenu } from '../../lazy-screens';
import { capabilityText } from './capability';
import { RefreshRolesButton } from './refresh-roles-button';

const useStyles = makeStyles({
  // Nothing in the bar wraps or spills (1024 px, 200% zoom): only the identity lines shrink,
  // with an ellipsis and the whole text in a tooltip.
  fixed: { whiteSpace: 'nowrap', flexShrink: 0 },
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

type Props = Readonly<{ technician: Technician; onSignOut: () => void }>;

/** Presentational: the technician's identity, capability and actions. */
export function TechnicianBar({ technician, onSignOut }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.tech} aria-label="Signed-in technician" role="group">
      <Avatar name={technician.displayName} size={32} aria-hidden="true" className={styles.fixed} />
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
  );
}
