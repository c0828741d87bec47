/**
 * FluentProvider, minus the one thing a strict CSP forbids: its theme `<style>` element.
 *
 * Fluent's own provider writes the theme's CSS variables into a new inline `<style>` element,
 * which `style-src 'self'` blocks (and reports). This provider builds the same state with
 * Fluent's public `_unstable` hooks, but puts the variables into a constructable style sheet.
 * Everything else (contexts, portals, focus-visible, tooltips) is Fluent's own code.
 */
import {
  getIntrinsicElementProps,
  renderFluentProvider_unstable,
  slot,
  useFluentProviderContextValues_unstable,
  useFluentProviderStyles_unstable,
  useFocusVisible,
  type FluentProviderState,
  type Theme,
} from '@fluentui/react-components';
import { useId, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { createSheetHost } from './constructed-sheets';

type Props = Readonly<{ theme: Theme; className?: string; children: ReactNode }>;

/** Turns a theme into one rule of custom properties scoped to `selector`. */
export function themeRule(selector: string, theme: Theme): string {
  const vars = Object.entries(theme)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
    .map(([name, value]) => `--${name}: ${String(value)};`)
    .join(' ');
  return `${selector} { ${vars} }`;
}

/** A drop-in FluentProvider for the top of the app that never creates an inline style element. */
export function CspFluentProvider({ theme, className, children }: Props) {
  const themeClassName = `tapdesk-theme-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const sheet = useMemo(() => createSheetHost(document).create([-1, '', 0]), []);
  useLayoutEffect(() => {
    sheet.replaceRules([
      themeRule(`.${themeClassName}`, theme),
      // The page behind the app follows the theme too (no white flash in dark mode).
      `html, body { margin: 0; background-color: ${theme.colorNeutralBackground2}; color-scheme: ${
        isDark(theme) ? 'dark' : 'light'
      }; }`,
      // Fluent's typography components set their own spacing; browser heading margins only add noise.
      'h1, h2, h3, h4, p { margin: 0; }',
    ]);
  }, [sheet, theme, themeClassName]);

  const focusRef = useFocusVisible<HTMLDivElement>({ targetDocument: document });
  const state: FluentProviderState = {
    applyStylesToPortals: true,
    customStyleHooks_unstable: {},
    dir: 'ltr',
    targetDocument: document,
    theme,
    themeClassName,
    overrides_unstable: {},
    components: { root: 'div' },
    // Fluent types the root ref as an intersection no real ref satisfies; its own provider casts too.
    root: slot.always(
      getIntrinsicElementProps('div', { className, children, dir: 'ltr', ref: focusRef as never }),
      {
        elementType: 'div',
      },
    ),
    serverStyleProps: { cssRule: '', attributes: {} },
  };
  useFluentProviderStyles_unstable(state);
  const contextValues = useFluentProviderContextValues_unstable(state);
  return renderFluentProvider_unstable(state, contextValues);
}

function isDark(theme: Theme): boolean {
  // Dark themes have a dark neutral background; the first hex digit is enough to tell.
  const hex = theme.colorNeutralBackground1.replace('#', '');
  return parseInt(hex.slice(0, 2), 16) < 0x80;
}
