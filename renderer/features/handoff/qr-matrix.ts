/** The QR module matrix for a pass, made locally with `qrcode` (no network, no data URL). */
import QRCode from 'qrcode';

/** One horizontal run of dark modules. */
export interface DarkRun {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** The matrix size and its dark modules as horizontal runs (fewer SVG nodes, no seams). */
export function qrRuns(text: string): { readonly size: number; readonly runs: readonly DarkRun[] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size } = modules;
  const runs: DarkRun[] = [];
  for (let y = 0; y < size; y++) {
    let start = -1;
    for (let x = 0; x <= size; x++) {
      const dark = x < size && modules.get(y, x);
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  }
  return { size, runs };
}
