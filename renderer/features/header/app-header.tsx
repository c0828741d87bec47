/**
 * The top bar: product and environment on every screen. The signed-in technician's part comes
 * in as `children` from the signed-in frame, so the sign-in screen loads none of it.
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AppInfo } from '../../../preload/contract';
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
  // Nothing in the bar wraps or spills (1024 px, 200% zoom): only the identity lines shrink
  // (see technician-bar.tsx).
  product: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    whiteSpace: 'nowrap',
    flexShrink: 0,
  },
  fixed: { whiteSpace: 'nowrap', flexShrink: 0 },
  spacer: { flexGrow: 1 },
});

type Props = Readonly<{ info: AppInfo; children?: ReactNode }>;

/** Presentational header; `children` is the signed-in technician's part, if anyone is. */
export function AppHeader({ info, children }: Props) {
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
      {children}
    </header>
  );
}
