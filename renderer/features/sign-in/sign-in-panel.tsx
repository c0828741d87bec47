/**
 * The sign-in panel the app shell shows: the presentational view plus, in demo mode, the list of
 * seeded technicians from `app.info` (main knows them; the renderer never hard-codes people).
 */
import { useAppInfo } from '../../use-app-info';
import { SignInView, type SignInPanelProps } from './sign-in-view';

const none: readonly never[] = [];

/** Sign-in panel container. */
export function SignInPanel(props: SignInPanelProps) {
  const { info } = useAppInfo();
  const technicians = info?.mode === 'demo' ? (info.demoTechnicians ?? none) : none;
  return <SignInView {...props} technicians={technicians} />;
}
