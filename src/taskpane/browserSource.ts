import { ConsolidateSourceError, type ConsolidateSource } from '../app/consolidate';
import { consolidateMessages as msg } from '../app/consolidate';

/** A file the user chose or dropped: a DOM `File` has all of this (tests pass plain objects). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * A chosen file as a consolidation source: read only when its turn comes. The same source runs on
 * the page (tests) and inside the file worker, which receives the `File` itself.
 */
export function browserSource(file: ChosenFile): ConsolidateSource {
  return {
    name: file.name,
    async open() {
      if (file.size === 0) throw new ConsolidateSourceError(msg.emptyFile(file.name));
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        // The browser says NotReadableError/NotFoundError when the file changed or went away after it was chosen.
        throw new ConsolidateSourceError(msg.vanished(file.name));
      }
      if (bytes.byteLength === 0) throw new ConsolidateSourceError(msg.emptyFile(file.name));
      // Imported here, not up top: the page's sources never open a file themselves (the file worker does).
      const { readWorkbookFile } = await import('../workbook/file/stream/readingHost');
      return readWorkbookFile(bytes, file.name);
    },
  };
}
