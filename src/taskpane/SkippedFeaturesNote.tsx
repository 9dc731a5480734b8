import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SkippedFeature } from '../workbook/officeHost';
import { FEATURE_LABELS } from './labels';

/**
 * One line per left-out feature with the sheets it concerns:
 * @example describeSkipped([{ sheet: 'Công khai', feature: 'dataValidation', requirement: 'ExcelApi 1.8' }])
 * // ["danh sách chọn giá trị (sheet Công khai)"]
 */
export function describeSkipped(skipped: readonly SkippedFeature[]): string[] {
  const sheetsByFeature = new Map<SkippedFeature['feature'], string[]>();
  for (const { sheet, feature } of skipped) {
    const sheets = sheetsByFeature.get(feature) ?? [];
    if (!sheets.includes(sheet)) sheets.push(sheet);
    sheetsByFeature.set(feature, sheets);
  }
  return [...sheetsByFeature].map(([feature, sheets]) => `${FEATURE_LABELS[feature]} (sheet ${sheets.join(', ')})`);
}

export interface SkippedFeaturesNoteProps {
  readonly skipped: readonly SkippedFeature[] | undefined;
}

/** Tells the user why a sheet looks plainer than expected on an older Excel; nothing when all went in. */
export function SkippedFeaturesNote({ skipped }: SkippedFeaturesNoteProps) {
  if (!skipped || skipped.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Phiên bản Excel này chưa hỗ trợ một số định dạng</MessageBarTitle>
        Dữ liệu đã được ghi đầy đủ, nhưng đã bỏ qua:
        <ul aria-label="Định dạng đã bỏ qua">
          {describeSkipped(skipped).map((line) => <li key={line}>{line}</li>)}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
