import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { WriteResult } from '../workbook/port';

export interface TemplateResultProps {
  readonly result: WriteResult;
}

/**
 * Which template sheets were added and which were already there. The kept ones matter: the user
 * must see that their own sheets were not overwritten (DESIGN.md, What the add-in writes).
 */
export function TemplateResult({ result }: TemplateResultProps) {
  const nothingAdded = result.written.length === 0;
  return (
    <MessageBar intent={nothingAdded ? 'info' : 'success'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {nothingAdded ? 'Sổ theo dõi đã có đủ các sheet, không thêm sheet nào.' : 'Đã tạo sổ theo dõi mẫu.'}
        </MessageBarTitle>
        <SheetList title="Đã thêm" names={result.written} />
        <SheetList title="Đã có, giữ nguyên" names={result.skipped} />
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
