import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useNodeInflate } from '../../src/workbook/file/stream/inflateNode';
import { entryBytes, listEntries, setInflate, ZipReadError } from '../../src/workbook/file/stream/zipEntries';

const SAMPLE = new Uint8Array(readFileSync(path.join(__dirname, '../../assets/so-theo-doi-mau.xlsx')));

/** Node's zlib in place of fflate where Node runs: the same bytes, the same refusals. */
describe('the zip reader inflating with zlib', () => {
  afterEach(() => setInflate(null));

  const every = () => [...listEntries(SAMPLE).values()].map((e) => [e.name, entryBytes(SAMPLE, e)] as const);

  it('gives every entry of the sample byte for byte as fflate does', () => {
    const fflate = every();
    useNodeInflate();
    const zlib = every();
    expect(zlib.map(([name]) => name)).toEqual(fflate.map(([name]) => name));
    zlib.forEach(([name, bytes], i) => expect([name, Buffer.compare(bytes, fflate[i][1])]).toEqual([name, 0]));
    expect(fflate.some(([, bytes]) => bytes.length > 10_000)).toBe(true);
  });

  it.each([['fflate', () => setInflate(null)], ['zlib', useNodeInflate]])('refuses, with %s, an entry whose directory says it is smaller or larger than it unpacks', (_, use) => {
    use();
    const sheet = [...listEntries(SAMPLE).values()].find((e) => e.method === 8 && e.size > 1_000)!;
    for (const size of [sheet.size - 1, sheet.size + 1]) {
      let refused: unknown = null;
      try {
        entryBytes(SAMPLE, { ...sheet, size });
      } catch (e) {
        refused = e;
      }
      expect(refused).toBeInstanceOf(ZipReadError);
      expect((refused as ZipReadError).kind).toBe('corrupt');
    }
  });
});
