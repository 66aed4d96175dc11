/**
 * The pane follows Office's theme: Office.js gives the body background colour of the current theme (Office's
 * "Black" and "Dark Gray" themes, or the system's dark mode); a dark background picks Fluent's dark theme.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of `Office.context.officeTheme` the pane reads; absent where the host has no theme information. */
export interface OfficeThema {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG) of '#rrggbb' or '#rgb'; undefined for anything else. */
export function luminantie(kleur: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(kleur.trim());
  if (!m) return undefined;
  const h = m[1] as string;
  const hex = h.length === 3 ? h.replace(/./g, '$&$&') : h;
  const kanaal = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * kanaal(0) + 0.7152 * kanaal(2) + 0.0722 * kanaal(4);
}

export function isDonker(thema: OfficeThema | undefined): boolean {
  const l = thema?.bodyBackgroundColor !== undefined ? luminantie(thema.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.2;
}

export function fluentThema(thema: OfficeThema | undefined): Theme {
  return isDonker(thema) ? webDarkTheme : webLightTheme;
}
