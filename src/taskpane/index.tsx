import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { holidayReport } from '../app/settings';
import { OfficeHost } from '../workbook/office/host';
import { bindActions } from './bindActions';
import { detectHost, REQUIRED_API } from './detectHost';
import { downloadRouteFor } from './downloadRoute';
import { pickLang, type Lang } from './i18n';
import { lazyConsolidate, lazyImportPlan } from './lazyPanels';
import { officeSuperiorCopy, superiorCopyBlock, superiorCopyBlockText, type OfficeFileApi } from './officeCopy';
import { OfficeApp } from './OfficeApp';
import { startOffline } from './offline';
import { StandalonePage } from './StandalonePage';
import { STRINGS } from './strings';
import { today } from './today';

const LANG_KEY = 'dccs.lang';
const SAMPLE = { name: 'so-theo-doi-mau.xlsx', url: 'assets/so-theo-doi-mau.xlsx' };

/** The language the user last chose here, if the browser lets us remember it. */
function savedLang(): Lang | null {
  try {
    const value = window.localStorage.getItem(LANG_KEY);
    return value === 'vi' || value === 'en' ? value : null;
  } catch {
    return null; // storage blocked (private mode, Office's sandbox): the default is fine
  }
}

function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not remembered: the next pane starts in the default language again
  }
}

function mount(ui: ReactElement): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no element with id "container".');
  container.textContent = '';
  createRoot(container).render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

/** `?sample=1` (what `npm start` opens): the bundled sample workbook, fetched from this same server. */
function sampleFile() {
  if (!new URLSearchParams(window.location.search).has('sample')) return undefined;
  return {
    name: SAMPLE.name,
    load: async () => {
      const response = await fetch(SAMPLE.url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

async function start(): Promise<void> {
  const found = await detectHost();
  if (found.kind === 'standalone') {
    const lang = savedLang() ?? pickLang(new URLSearchParams(window.location.search).get('lang') ?? 'vi');
    // A production build caches itself for offline use (offline.ts); a dev server's page never does.
    const offline = process.env.NODE_ENV === 'production' ? startOffline(navigator.serviceWorker, () => window.location.reload()) : null;
    mount(<StandalonePage offline={offline} today={today} initialLang={lang} onLangChange={saveLang} holidays={holidayReport} initialFile={sampleFile()} />);
    return;
  }
  const lang = savedLang() ?? pickLang(found.displayLanguage);
  const t = STRINGS[lang];
  const actions = bindActions(() => new OfficeHost(), today);
  const makeHost = () => new OfficeHost();
  // «Bản gửi cấp trên» from the workbook's file (officeCopy.ts); `lang` is read at each run.
  let current = lang;
  const fileApi: OfficeFileApi = {
    document: Office.context.document,
    requirements: Office.context.requirements,
    platform: found.platform ?? null,
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
  const block = superiorCopyBlock(fileApi);
  mount(
    <OfficeApp
      actions={actions}
      consolidate={lazyConsolidate(makeHost, today)}
      importPlan={lazyImportPlan(makeHost, today)}
      today={today()}
      defaultYear={today().y}
      holidays={holidayReport}
      initialLang={lang}
      onLangChange={(next) => { current = next; saveLang(next); }}
      superiorCopy={officeSuperiorCopy(fileApi, () => STRINGS[current])}
      superiorCopyBlocked={superiorCopyBlockText(block, t.superior, standalonePage())}
      unavailable={found.apiSupported ? undefined : { title: t.oldExcel.title, message: t.oldExcel.message(REQUIRED_API, standalonePage()) }}
      downloads={downloadRouteFor(found.platform, standalonePage())}
    />,
  );
}

/** This page's own address without Office's query: the same screens in a browser. */
function standalonePage(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

// legacy.js found an old browser (Internet Explorer 11) and has said what to do: leave its message.
if (document.documentElement.getAttribute('data-legacy') !== '1') void start();
