/**
 * The four themes: production follows Fluent's web themes (what technicians know from the Entra
 * admin center); demo mode uses a purple brand ramp so it can never be mistaken for production.
 */
import {
  createDarkTheme,
  createLightTheme,
  webDarkTheme,
  webLightTheme,
  type BrandVariants,
  type Theme,
} from '@fluentui/react-components';

/** A purple brand ramp (10 = darkest, 160 = lightest) used only for the demo tenant. */
const demoBrand: BrandVariants = {
  10: '#050208',
  20: '#1E1029',
  30: '#32174A',
  40: '#421B63',
  50: '#531F7D',
  60: '#642398',
  70: '#7628B3',
  80: '#8531C7',
  90: '#9444D0',
  100: '#A257D8',
  110: '#AF6BDF',
  120: '#BC7FE6',
  130: '#C993EC',
  140: '#D5A8F2',
  150: '#E1BDF7',
  160: '#EDD2FB',
};

const demoLight: Theme = createLightTheme(demoBrand);
const demoDark: Theme = {
  ...createDarkTheme(demoBrand),
  // Fluent's dark recipe uses the 100+ steps for foregrounds; these keep contrast above 4.5:1.
  colorBrandForeground1: demoBrand[120],
  colorBrandForeground2: demoBrand[130],
};

/** Picks the theme for the environment and the OS colour scheme. */
export function pickTheme(demo: boolean, dark: boolean): Theme {
  if (demo) return dark ? demoDark : demoLight;
  return dark ? webDarkTheme : webLightTheme;
}
