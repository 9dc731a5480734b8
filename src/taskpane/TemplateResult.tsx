import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { WriteResult } from '../workbook/port';
import { useStrings } from './i18n';

export interface TemplateResultProps {
  readonly result: WriteResult;
}

/**
 * Which template sheets were added and which were already there. The kept ones matter: the user
 * must see that their own sheets were not overwritten (DESIGN.md, What the add-in writes).
 */
export function TemplateResult({ result }: TemplateResultProps) {
  const nothingAdded = result.written.length === 0;
  const t = useStrings().template;
  return (
    <MessageBar intent={nothingAdded ? 'info' : 'success'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {nothingAdded ? t.nothingAdded : t.created}
        </MessageBarTitle>
        <SheetList title={t.added} names={result.written} />
        <SheetList title={t.kept} names={result.skipped} />
      </MessageBarBody>
    </MessageBar>
  );
}

function SheetList({ title, names }: { title: string; names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <div>
      {title}:
      <ul aria-label={title}>
        {names.map((name) => <li key={name}>{name}</li>)}
      </ul>
    </div>
  );
}
