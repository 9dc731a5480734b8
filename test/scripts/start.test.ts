import { findExcel, parseRegDefault } from '../../scripts/start';

const OFFICE16 = 'Microsoft Office\\root\\Office16\\EXCEL.EXE';
const REG_OUTPUT = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe',
  '    (Default)    REG_SZ    D:\\Office\\root\\Office16\\EXCEL.EXE',
  '',
].join('\r\n');

/** A file system that holds exactly these paths. */
const only = (...files: string[]) => (file: string) => files.includes(file);
const noRegistry = () => null;

describe('findExcel', () => {
  it('never finds Excel on Linux, without looking at the disk', () => {
    const exists = jest.fn(() => true);
    expect(findExcel({ platform: 'linux', exists, regQuery: noRegistry })).toBeNull();
    expect(exists).not.toHaveBeenCalled();
  });

  it('finds Excel.app in /Applications on macOS', () => {
    expect(findExcel({ platform: 'darwin', exists: only('/Applications/Microsoft Excel.app') })).toBe('/Applications/Microsoft Excel.app');
    expect(findExcel({ platform: 'darwin', exists: only() })).toBeNull();
  });

  it('finds EXCEL.EXE under either Program Files directory on Windows', () => {
    const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    expect(findExcel({ platform: 'win32', env, exists: only(`C:\\Program Files\\${OFFICE16}`), regQuery: noRegistry }))
      .toBe(`C:\\Program Files\\${OFFICE16}`);
    expect(findExcel({ platform: 'win32', env, exists: only(`C:\\Program Files (x86)\\${OFFICE16}`), regQuery: noRegistry }))
      .toBe(`C:\\Program Files (x86)\\${OFFICE16}`);
  });

  it('uses the usual Program Files paths when the environment does not name them', () => {
    expect(findExcel({ platform: 'win32', env: {}, exists: only(`C:\\Program Files\\${OFFICE16}`), regQuery: noRegistry }))
      .toBe(`C:\\Program Files\\${OFFICE16}`);
  });

  it('falls back to the App Paths registry key, and trusts it only if the file exists', () => {
    const regQuery = jest.fn(() => REG_OUTPUT);
    expect(findExcel({ platform: 'win32', env: {}, exists: only('D:\\Office\\root\\Office16\\EXCEL.EXE'), regQuery }))
      .toBe('D:\\Office\\root\\Office16\\EXCEL.EXE');
    expect(regQuery).toHaveBeenCalledWith('HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe');
    expect(findExcel({ platform: 'win32', env: {}, exists: only(), regQuery })).toBeNull();
  });

  it('reports no Excel on Windows when neither the disk nor the registry knows it', () => {
    expect(findExcel({ platform: 'win32', env: {}, exists: only(), regQuery: noRegistry })).toBeNull();
  });
});

describe('parseRegDefault', () => {
  it.each([
    ['a REG_SZ value', REG_OUTPUT, 'D:\\Office\\root\\Office16\\EXCEL.EXE'],
    ['a quoted REG_EXPAND_SZ value', '    (Default)    REG_EXPAND_SZ    "C:\\Excel Dir\\EXCEL.EXE"', 'C:\\Excel Dir\\EXCEL.EXE'],
    ['a key with no default value', 'HKEY_LOCAL_MACHINE\\...\\excel.exe\r\n', null],
    ['no output at all', null, null],
  ])('reads %s', (_, stdout, expected) => {
    expect(parseRegDefault(stdout)).toBe(expected);
  });
});
