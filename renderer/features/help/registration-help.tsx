/** The admin guide's registration steps, shown in the app from the copy bundled at build time. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Block, Inline } from './markdown-blocks';
import { registrationGuide } from './registration-guide';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(1100px, 94vw)' },
  content: { maxHeight: '70vh', overflowY: 'auto' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

const blocks = registrationGuide();

function Text({ parts }: Readonly<{ parts: readonly Inline[] }>) {
  const styles = useStyles();
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'code' ? (
          <code key={i} className={styles.code}>
            {part.text}
          </code>
        ) : part.kind === 'strong' ? (
          <strong key={i}>{part.text}</strong>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

function GuideBlock({ block }: Readonly<{ block: Block }>) {
  const styles = useStyles();
  switch (block.kind) {
    case 'heading':
      // The section's own heading is the dialog title; its subsections sit below it.
      return block.level <= 2 ? null : <h3>{block.text}</h3>;
    case 'paragraph':
      return (
        <p>
          <Text parts={block.inline} />
        </p>
      );
    case 'steps':
      return (
        <ol>
          {block.items.map((item, i) => (
            <li key={i}>
              <Text parts={item} />
            </li>
          ))}
        </ol>
      );
    case 'table':
      return (
        <table className={styles.table}>
          <thead>
            <tr>
              {block.header.map((cell, i) => (
                <th key={i} scope="col" className={styles.cell}>
                  <Text parts={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i} className={styles.cell}>
                    <Text parts={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

export function RegistrationHelp({ open, onClose }: Readonly<{ open: boolean; onClose: () => void }>) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>How to register TAP Desk in Entra</DialogTitle>
          {/* Focusable: the steps scroll on a small screen and must be reachable by keyboard. */}
          <DialogContent className={styles.content} tabIndex={0} role="region" aria-label="Registration steps">
            {blocks.map((block, i) => (
              <GuideBlock key={i} block={block} />
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
