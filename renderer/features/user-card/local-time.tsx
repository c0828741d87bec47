import { formatLocal, formatUtc } from '../../ui/format-time';

/** A time shown in local time, with UTC in the tooltip (and for screen readers via <time>). */
export function LocalTime({ iso }: Readonly<{ iso: string }>) {
  return (
    <time dateTime={iso} title={formatUtc(iso)}>
      {formatLocal(iso)}
    </time>
  );
}
