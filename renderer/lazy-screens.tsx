/**
 * Screens the sign-in screen does not show (the signed-in frame, the audit journal, settings,
 * the first-run form), loaded on demand so the first screen's JavaScript stays within budget
 * (DESIGN.md §6: 150 KB gzip). Each export takes the same props as the screen it stands for and
 * shows a spinner while it loads (a few milliseconds from the app's own bundle).
 */
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy, useState, type ComponentType } from 'react';

const loaders = {
  audit: () => import('./features/audit/audit-page').then((m) => ({ default: m.AuditPage })),
  settings: () =>
    import('./features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
  queue: () => import('./features/queue/queue-page').then((m) => ({ default: m.QueuePage })),
  frame: () => import('./app-frame').then((m) => ({ default: m.AppFrame })),
  firstRun: () =>
    import('./features/first-run/first-run-form').then((m) => ({ default: m.FirstRunForm })),
  tenantCorrection: () =>
    import('./features/settings/tenant-correction').then((m) => ({ default: m.TenantCorrection })),
  pim: () => import('./features/pim/pim-menu').then((m) => ({ default: m.PimMenu })),
};

/** Parts that appear within a screen already shown: nothing while they load, not a spinner. */
function quietlyOnDemand<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const Part = lazy(load) as ComponentType<P>;
  function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  }
  return OnDemand;
}

function onDemand<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  label: string,
) {
  const Screen = lazy(load) as ComponentType<P>;
  function OnDemand(props: P) {
    return (
      <Suspense fallback={<Spinner label={label} />}>
        <Screen {...props} />
      </Suspense>
    );
  }
  return OnDemand;
}

/**
 * A screen that can also be fetched ahead with `prefetch()`. Once fetched it renders at once,
 * without the one-frame spinner a lazy component shows even when its chunk is already there.
 */
function prefetchable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  label: string,
) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const prefetch = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A failed fetch is tried again when the screen is needed, not remembered.
        loading = null;
        throw error;
      },
    ));
  const WhenLoaded = onDemand(prefetch, label);
  function Prefetchable(props: P) {
    // Chosen once per mount: changing the component type later would remount the whole screen.
    const [Screen] = useState<ComponentType<P>>(() => loaded ?? WhenLoaded);
    return <Screen {...props} />;
  }
  return Object.assign(Prefetchable, { prefetch });
}

export const AuditPage = onDemand(loaders.audit, 'Opening the audit journal…');
export const SettingsPage = onDemand(loaders.settings, 'Opening settings…');
export const QueuePage = onDemand(loaders.queue, 'Opening the queue…');
export const AppFrame = prefetchable(loaders.frame, 'Opening TAP Desk…');
export const FirstRunForm = onDemand(loaders.firstRun, 'Opening setup…');
export const TenantCorrection = quietlyOnDemand(loaders.tenantCorrection);
export const PimMenu = quietlyOnDemand(loaders.pim);
