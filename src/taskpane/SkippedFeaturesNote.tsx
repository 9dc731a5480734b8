import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SkippedFeature } from '../workbook/features';
import { useStrings } from './i18n';
import type { Strings } from './strings';

/**
 * One line per left-out feature with the sheets it concerns:
 * @example describeSkipped([{ sheet: 'Công khai', feature: 'dataValidation', requirement: 'ExcelApi 1.8' }], vi.notes)
 * // ["danh sách chọn giá trị (sheet Công khai)"]
 */
export function describeSkipped(skipped: readonly SkippedFeature[], t: Strings['notes']): string[] {
  const sheetsByFeature = new Map<SkippedFeature['feature'], string[]>();
  for (const { sheet, feature } of skipped) {
    const sheets = sheetsByFeature.get(feature) ?? [];
    if (!sheets.includes(sheet)) sheets.push(sheet);
    sheetsByFeature.set(feature, sheets);
  }
  return [...sheetsByFeature].map(([feature, sheets]) => t.skippedLine(t.features[feature] ?? feature, sheets.join(', ')));
}

export interface SkippedFeaturesNoteProps {
  readonly skipped: readonly SkippedFeature[] | undefined;
}

/** Tells the user why a sheet looks plainer than expected on an older Excel; nothing when all went in. */
export function SkippedFeaturesNote({ skipped }: SkippedFeaturesNoteProps) {
  const t = useStrings().notes;
  if (!skipped || skipped.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.skippedTitle}</MessageBarTitle>
        {t.skippedIntro}
        <ul aria-label={t.skippedList}>
          {describeSkipped(skipped, t).map((line) => <li key={line}>{line}</li>)}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
