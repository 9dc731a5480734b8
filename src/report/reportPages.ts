/**
 * Where the `Báo cáo` sheet's pages break. The sheet gives every row its height, so what fits on a
 * page is known exactly as rows are laid out: rows are chained by `keepWithNext` (a heading with
 * its paragraph, a short table with its caption, the last lines with the signature block — ND 30:
 * a signature never stands alone on a page), and a chain that does not fit what is left of a page
 * starts the next one.
 */

/** A4 portrait between ND 30's 20 mm top and bottom margins, in points (297 − 40 mm). */
export const PAGE_HEIGHT = 728;

export class Pager {
  /** Rows a new page starts at (manual page breaks). */
  readonly breaksBefore: number[] = [];
  private used = 0;
  private chain: { row: number; height: number }[] = [];

  constructor(private readonly pageHeight = PAGE_HEIGHT) {}

  get pages(): number {
    return this.breaksBefore.length + 1;
  }

  /** Adds `row`; a row kept with the next waits for it. */
  add(row: number, height: number, keepWithNext: boolean): void {
    this.chain.push({ row, height });
    if (!keepWithNext) this.flush();
  }

  /** Points left on the current page when nothing waits to be placed (0 while a chain waits). */
  room(): number {
    return this.chain.length > 0 ? 0 : this.pageHeight - this.used;
  }

  /** True when a row of `height`, added now with nothing waiting, would start a new page. */
  overflows(height: number): boolean {
    return this.chain.length === 0 && this.used > 0 && this.used + height > this.pageHeight;
  }

  breakBefore(row: number): void {
    this.breaksBefore.push(row);
    this.used = 0;
  }

  /** Places the waiting rows: on a new page when they do not fit what is left but fit a page. */
  flush(): void {
    const height = this.chain.reduce((h, r) => h + r.height, 0);
    if (this.chain.length > 0 && this.used > 0 && this.used + height > this.pageHeight && height <= this.pageHeight) {
      this.breakBefore(this.chain[0].row);
    }
    for (const r of this.chain) {
      // Only a chain taller than a page still overflows here: it breaks row by row.
      if (this.used > 0 && this.used + r.height > this.pageHeight) this.breakBefore(r.row);
      this.used += r.height;
    }
    this.chain = [];
  }
}
