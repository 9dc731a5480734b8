import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { holidayReport } from '../app/daysOff';
import { OfficeHost } from '../workbook/officeHost';
import { App } from './App';
import { bindActions } from './bindActions';
import { describeError } from './describeError';
import { today } from './today';

// Shown instead of a blank page when the pane is opened in a plain browser (or another Office
// app). The standalone .xlsx mode of DESIGN.md, "Outside Excel", will replace this later.
const NOT_IN_EXCEL =
  'Trang này phải được mở trong Excel: mở sổ theo dõi bằng Excel rồi bấm nút DCCS trên thanh công cụ. ' +
  'Chế độ mở tệp .xlsx ngay trên trình duyệt sẽ có trong phiên bản sau.';

function render(unavailable?: string): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no element with id "container".');
  const actions = bindActions(() => new OfficeHost(), today);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        check={actions.check}
        createTemplate={actions.createTemplate}
        goToRow={actions.goToRow}
        makeReports={actions.makeReports}
        defaultYear={today().y}
        holidays={holidayReport}
        unavailable={unavailable}
      />
    </FluentProvider>,
  );
}

// office.js may be missing altogether (offline, blocked CDN): then there is no Office global.
if (typeof Office === 'undefined') {
  render(NOT_IN_EXCEL);
} else {
  Office.onReady().then(
    (info) => render(info.host === Office.HostType.Excel ? undefined : NOT_IN_EXCEL),
    (error: unknown) => render(`${NOT_IN_EXCEL} (${describeError(error)})`),
  );
}
