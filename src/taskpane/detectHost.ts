/**
 * Where the pane is running. In Excel, office.js's `Office.onReady` names the host; in a plain
 * browser office.js (when it loads at all: offline, or its CDN blocked, there is no `Office`)
 * reports no host. A page Office opened carries `_host_Info` in its address; only there do we wait
 * long for a slow Excel — anywhere else a short wait, then the standalone page.
 */
export type HostFound =
  | { readonly kind: 'standalone' }
  | { readonly kind: 'excel'; readonly displayLanguage: string | null; readonly apiSupported: boolean; readonly platform?: string | null };

/** The ExcelApi version every action needs (the add-in's marks are workbook names: ExcelApi 1.7). */
export const REQUIRED_API = 'ExcelApi 1.7';

export const SHORT_WAIT_MS = 1000;
export const OFFICE_WAIT_MS = 15000;

interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
  context?: { displayLanguage?: string; platform?: unknown; requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

export interface DetectOptions {
  readonly office?: OfficeLike;
  readonly search?: string;
  readonly inFrame?: boolean;
}

/** @example await detectHost({ office: undefined }) // { kind: 'standalone' } */
export async function detectHost(options: DetectOptions = {}): Promise<HostFound> {
  const office = 'office' in options ? options.office : (globalThis as { Office?: OfficeLike }).Office;
  if (!office) return { kind: 'standalone' };
  const search = options.search ?? window.location.search;
  const inFrame = options.inFrame ?? window.parent !== window;
  const wait = /[?&]_host_Info=/i.test(search) || inFrame ? OFFICE_WAIT_MS : SHORT_WAIT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), wait); });
  const info = await Promise.race([office.onReady().catch(() => null), timeout]);
  clearTimeout(timer);
  if (!info || info.host !== office.HostType.Excel) return { kind: 'standalone' };
  const [set, version] = REQUIRED_API.split(' ');
  let apiSupported = false;
  try {
    apiSupported = office.context?.requirements?.isSetSupported(set, version) ?? false;
  } catch {
    apiSupported = false;
  }
  // `Office.context.platform`: 'Mac' is Excel for Mac, whose pane cannot save files.
  return { kind: 'excel', displayLanguage: office.context?.displayLanguage ?? null, apiSupported, platform: typeof office.context?.platform === 'string' ? office.context.platform : null };
}
