import { chooseOutputName } from '../../src/app/outputNames';

const read = (sheetNames: string[], owners: Record<string, string> = {}) => ({ sheetNames, owners });

describe('chooseOutputName', () => {
  it('keeps the name when no sheet has it', () => {
    expect(chooseOutputName('KQ Kiểm tra', 'kq-kiem-tra', read(['Công khai']))).toEqual({ name: 'KQ Kiểm tra', renamed: false });
  });

  it('replaces its own sheet, found by the mark', () => {
    expect(chooseOutputName('KQ Kiểm tra', 'kq-kiem-tra', read(['KQ Kiểm tra'], { 'kq-kiem-tra': 'KQ Kiểm tra' })))
      .toEqual({ name: 'KQ Kiểm tra', renamed: false });
  });

  it('never takes a user sheet of the same name, even spelled without accents', () => {
    expect(chooseOutputName('KQ Kiểm tra', 'kq-kiem-tra', read(['KQ Kiểm tra']))).toEqual({ name: 'KQ Kiểm tra (2)', renamed: true });
    expect(chooseOutputName('KQ Kiểm tra', 'kq-kiem-tra', read(['kq kiem tra', 'KQ Kiểm tra (2)']))).toEqual({ name: 'KQ Kiểm tra (3)', renamed: true });
  });

  it('goes back to the numbered sheet it marked on an earlier run', () => {
    const r = read(['KQ Kiểm tra', 'KQ Kiểm tra (2)'], { 'kq-kiem-tra': 'KQ Kiểm tra (2)' });
    expect(chooseOutputName('KQ Kiểm tra', 'kq-kiem-tra', r)).toEqual({ name: 'KQ Kiểm tra (2)', renamed: true });
  });

  it('does not follow its mark to a sheet the user renamed: the output goes to its own name', () => {
    expect(chooseOutputName('Báo cáo', 'bao-cao', read(['Báo cáo quý 1'], { 'bao-cao': 'Báo cáo quý 1' }))).toEqual({ name: 'Báo cáo', renamed: false });
  });

  it('skips names other outputs of the same write took, and keeps within 31 characters', () => {
    expect(chooseOutputName('Tổng hợp', 'tong-hop', read([]), new Set(['tong hop']))).toEqual({ name: 'Tổng hợp (2)', renamed: true });
    const long = 'Tổng hợp ý kiến góp ý dự thảo quy chế';
    const { name } = chooseOutputName(long, 'th-y-kien', read([long.slice(0, 31)]));
    expect(name).toBe(`${long.slice(0, 27)} (2)`);
    expect(name.length).toBe(31);
  });
});
