import { useMemo } from 'react';
import { qrRuns } from './qr-matrix';

/** Quiet zone in modules, as the QR specification asks. */
const quiet = 4;

type Props = Readonly<{ value: string; label: string; pixels?: number }>;

/** A QR code drawn as SVG rectangles: black on white in every theme, so scanners read it. */
export function QrCode({ value, label, pixels = 220 }: Props) {
  const { size, runs } = useMemo(() => qrRuns(value), [value]);
  const extent = size + quiet * 2;
  return (
    <svg
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      viewBox={`0 0 ${String(extent)} ${String(extent)}`}
      shapeRendering="crispEdges"
    >
      <rect x={0} y={0} width={extent} height={extent} fill="#ffffff" />
      {runs.map((run) => (
        <rect
          key={`${String(run.x)}-${String(run.y)}`}
          x={run.x + quiet}
          y={run.y + quiet}
          width={run.width}
          height={1}
          fill="#000000"
        />
      ))}
    </svg>
  );
}
