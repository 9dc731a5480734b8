import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RenamedOutput } from './actions';

/** @example renamedLine({ wanted: 'KQ Kiểm tra', written: 'KQ Kiểm tra (2)' }) // 'Sheet "KQ Kiểm tra" trong sổ không do DCCS tạo…' */
export function renamedLine({ wanted, written }: RenamedOutput): string {
  return `Sheet "${wanted}" trong sổ không do DCCS tạo nên được giữ nguyên; kết quả ghi vào "${written}".`;
}

export interface RenamedOutputsNoteProps {
  readonly renamed: readonly RenamedOutput[] | undefined;
}

/**
 * Says where an output went when a user's sheet had its name: the user must know their sheet was
 * kept, and where to look instead (DESIGN.md, What the add-in writes). Nothing when none moved.
 */
export function RenamedOutputsNote({ renamed }: RenamedOutputsNoteProps) {
  if (!renamed || renamed.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Giữ nguyên sheet của người dùng</MessageBarTitle>
        {renamed.length === 1 ? renamedLine(renamed[0]) : (
          <ul aria-label="Sheet kết quả đổi tên">
            {renamed.map((r) => <li key={r.wanted}>{renamedLine(r)}</li>)}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
