/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { BoundActions } from '../../src/taskpane/bindActions';
import { detectHost } from '../../src/taskpane/detectHost';
import { downloadRouteFor } from '../../src/taskpane/downloadRoute';
import { OfficeApp } from '../../src/taskpane/OfficeApp';
import { sureReading } from './readingFixture';
import { renderInFluent } from './render';

// Issue 15, item 10: Excel for Mac's pane blocks Blob downloads, so there every download button
// gives way to another route, from what Office.js itself says the platform is.
const PAGE = 'https://dccs.example.vn/taskpane.html';

/** A stand-in for office.js in Excel on `platform`, as `Office.onReady` and `Office.context` answer. */
const officeOn = (platform: string) => ({
  HostType: { Excel: 'Excel' },
  onReady: () => Promise.resolve({ host: 'Excel', platform }),
  context: { displayLanguage: 'vi-VN', platform, requirements: { isSetSupported: () => true } },
});

const report = () => Promise.resolve({
  written: ['Tổng hợp', 'Báo cáo'], renamed: [], docx: new Uint8Array([80, 75, 3, 4]), chart: [], unit: 'UBND xã An Thượng', asOf: '2024-03-31',
});

async function paneOn(platform: string) {
  const found = await detectHost({ office: officeOn(platform), search: '?_host_Info=Excel$Mac$16.01$vi-VN', inFrame: false });
  if (found.kind !== 'excel') throw new Error('not Excel');
  const actions = {
    check: jest.fn(), createTemplate: jest.fn(), goToRow: jest.fn(), makeReports: jest.fn(report), readSettings: jest.fn(), readRow: jest.fn(),
    inspect: jest.fn(() => Promise.resolve(sureReading())),
  } as unknown as BoundActions;
  renderInFluent(<OfficeApp actions={actions} defaultYear={2024} initialLang="vi" downloads={downloadRouteFor(found.platform, PAGE)} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Báo cáo' }));
  const make = screen.getByRole('button', { name: 'Lập báo cáo' });
  await waitFor(() => expect(make.hasAttribute('disabled')).toBe(false));
  fireEvent.click(make);
  await screen.findByText(/Đã ghi các sheet/);
}

describe('downloads in Excel, by the platform Office.js reports', () => {
  it('on Excel for Mac: no dead «Tải bản Word» button, but where to get the draft instead', async () => {
    await paneOn('Mac');
    expect(screen.queryByRole('button', { name: 'Tải bản Word (.docx)' })).toBeNull();
    expect(screen.getByText(new RegExp(`Excel cho Mac.*${PAGE.replace(/\./g, '\\.')}`))).toBeTruthy();
  });

  it.each(['PC', 'OfficeOnline'])('on %s: the download button', async (platform) => {
    await paneOn(platform);
    expect(screen.getByRole('button', { name: 'Tải bản Word (.docx)' })).toBeTruthy();
  });

  it('maps the platform to the route', () => {
    expect(downloadRouteFor('Mac', PAGE)).toEqual({ blocked: true, pageUrl: PAGE });
    for (const p of ['PC', 'OfficeOnline', 'iOS', null, undefined]) expect(downloadRouteFor(p, PAGE).blocked).toBe(false);
  });
});
