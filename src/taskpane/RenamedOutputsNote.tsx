import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RenamedOutput } from './actions';
import { useStrings } from './i18n';

export interface RenamedOutputsNoteProps {
  readonly renamed: readonly RenamedOutput[] | undefined;
}

/**
 * Says where an output went when a user's sheet had its name: the user must know their sheet was
 * kept, and where to look instead (DESIGN.md, What the add-in writes). Nothing when none moved.
 */
export function RenamedOutputsNote({ renamed }: RenamedOutputsNoteProps) {
  const t = useStrings().notes;
  if (!renamed || renamed.length === 0) return null;
  const renamedLine = (r: RenamedOutput) => t.renamed(r.wanted, r.written);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.renamedTitle}</MessageBarTitle>
        {renamed.length === 1 ? renamedLine(renamed[0]) : (
          <ul aria-label={t.renamedList}>
            {renamed.map((r) => <li key={r.wanted}>{renamedLine(r)}</li>)}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
