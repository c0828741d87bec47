/**
 * One record as an RFC 5424 syslog message, framed for TLS transport by octet counting (RFC 5425
 * section 4.3: "<length> <message>"). Facility 13 (log audit); severity informational for
 * successes, notice otherwise. The chain position travels as structured data too, so a collector
 * can index it without parsing the JSON body. SD-ID uses the documentation enterprise number
 * 32473 (RFC 5612) until TAP Desk has its own.
 */
import type { ForwardRecord } from './record';

export const structuredDataId = 'tapdesk@32473';
const bom = '\uFEFF';

/** RFC 5424 section 6.3.3: `"`, `\` and `]` are escaped in PARAM-VALUE. */
function paramValue(value: string): string {
  return value.replace(/["\\\]]/g, (c) => `\\${c}`);
}

/** PRINTUSASCII only, for HOSTNAME, APP-NAME and MSGID; anything else becomes `_`. */
function printable(value: string, max: number): string {
  const clean = value.replace(/[^\x21-\x7e]/g, '_').slice(0, max);
  return clean.length === 0 ? '-' : clean;
}

export function syslogMessage(record: ForwardRecord): string {
  const severity = record.Result === 'success' ? 6 : 5;
  const pri = 13 * 8 + severity;
  const sd =
    `[${structuredDataId} desk="${paramValue(record.DeskId)}" segment="${paramValue(record.Segment)}"` +
    ` seq="${record.Seq}" hash="${record.EntryHash}" prev="${record.PrevHash}"]`;
  const header = `<${pri}>1 ${record.TimeGenerated} ${printable(record.DeskId, 255)} tap-desk - ${printable(record.Action, 32)}`;
  return `${header} ${sd} ${bom}${JSON.stringify(record)}`;
}

/** Octet-counting frame: the byte length of the message, a space, the message. */
export function frame(message: string): Buffer {
  const body = Buffer.from(message, 'utf8');
  return Buffer.concat([Buffer.from(`${body.length} `, 'ascii'), body]);
}

/** Parses a message written by `syslogMessage` back into its record (the verifier, the tests). */
export function recordFromSyslog(line: string): ForwardRecord | undefined {
  const at = line.indexOf(`[${structuredDataId} `);
  if (at < 0) return undefined;
  const close = line.indexOf('] ', at);
  if (close < 0) return undefined;
  const body = line.slice(close + 2).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body) as ForwardRecord;
  } catch {
    return undefined;
  }
}
