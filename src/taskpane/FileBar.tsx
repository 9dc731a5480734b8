import {
  Badge, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle,
  makeStyles, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses, Spinner, Text, tokens,
} from '@fluentui/react-components';
import { useRef, type ChangeEvent } from 'react';
import { ErrorBar } from './ErrorBar';
import { useStrings } from './i18n';
import type { FileSession } from './useFileSession';

export interface FileBarProps {
  readonly session: FileSession;
  /** True while any action runs: nothing else may open or save the workbook meanwhile. */
  readonly busy: boolean;
  /** A file is being dragged over the page (the whole page takes the drop). */
  readonly dragging?: boolean;
  /** The open file is the bundled sample: labelled as such. */
  readonly sample?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
  // Visually hidden but in the accessibility tree and clickable by the button (and by tests).
  input: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** The standalone page's file: «Mở tệp Excel», the drop hint, the open file and «Tải về». */
export function FileBar({ session, busy, dragging = false, sample = false }: FileBarProps) {
  const styles = useStyles();
  const strings = useStrings();
  const t = strings.file;
  const input = useRef<HTMLInputElement>(null);
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = ''; // picking the same file again must open it again
    if (picked) void session.openFile(picked);
  };
  return (
    <section className={mergeClasses(styles.root, dragging && styles.dragging)} aria-label={t.region}>
      <Caption1>{t.intro}</Caption1>
      <div className={styles.row}>
        <Button appearance={session.fileName ? 'secondary' : 'primary'} disabled={busy} onClick={() => input.current?.click()}
          icon={session.opening ? <Spinner size="tiny" aria-hidden /> : undefined}>
          {t.open}
        </Button>
        {/* The button above is what users and screen readers meet; this input only opens the picker. */}
        <input ref={input} className={styles.input} type="file" tabIndex={-1} aria-hidden
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={onPick} data-testid="file-input" />
        <Text>{dragging ? t.dropActive : t.drop}</Text>
      </div>
      {session.opening && <Spinner size="small" labelPosition="after" label={t.opening(session.opening)} />}
      {session.warning && (
        <MessageBar intent="info" layout="multiline"><MessageBarBody>{session.warning}</MessageBarBody></MessageBar>
      )}
      {session.fileName ? (
        <div className={styles.row}>
          <Text>{t.current}:</Text>
          <Text className={styles.name} data-testid="file-name">{session.fileName}</Text>
          {sample && <Badge appearance="filled" color="informative">{strings.guide.sampleBadge}</Badge>}
          {session.dirty && <Badge appearance="tint" color="warning">{t.unsaved}</Badge>}
          <Button appearance={session.dirty ? 'primary' : 'secondary'} disabled={busy} onClick={() => void session.saveFile()} title={t.downloadHint}>
            {t.download}
          </Button>
        </div>
      ) : (
        !session.opening && <Text>{t.none}</Text>
      )}
      {session.error && <ErrorBar title={session.error.title} message={session.error.message} />}
      <ReplaceDialog session={session} />
    </section>
  );
}

/** «Open another file?» while this one has changes not downloaded (nothing lost). */
function ReplaceDialog({ session }: { readonly session: FileSession }) {
  const t = useStrings().file;
  const next = session.pendingFile;
  return (
    <Dialog modalType="alert" open={next !== null} onOpenChange={(_, d) => { if (!d.open) void session.resolvePending('cancel'); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.replaceTitle}</DialogTitle>
          <DialogContent>{next !== null && t.replaceMessage(session.fileName ?? '', next)}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => void session.resolvePending('save')}>{t.saveFirst}</Button>
            <Button onClick={() => void session.resolvePending('discard')}>{t.discardOpen}</Button>
            <Button onClick={() => void session.resolvePending('cancel')}>{t.stay}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The warning shown on top in Excel when the pane cannot work there (no host, old Excel). */
export function NoticeBar({ title, message }: { readonly title: string; readonly message: string }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
