/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { StandaloneApp } from '../../src/taskpane/StandaloneApp';
import { holidayReport } from '../../src/app/settings/daysOff';
import { renderInFluent } from './render';

/** Vietnamese letters with their marks: what English text never has. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** The pane's text with what may stay Vietnamese taken out: quoted names «…» "…", and the language's own name. */
function ownText(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  // Text marked Vietnamese on purpose (an official holiday's name, a notice cited) and legal citations stay.
  copy.querySelectorAll('[lang="vi"]').forEach((node) => node.remove());
  return (copy.textContent ?? '')
    .replace(/«[^»]*»/g, '').replace(/"[^"]*"/g, '').replace(/\d+\/\d{4}\/NĐ-CP/g, '');
}

describe('English mode (issue 15, item 8)', () => {
  beforeEach(() => window.localStorage.clear());

  it('writes every panel\'s own text in English, and says the verdicts stay Vietnamese', () => {
    renderInFluent(<StandaloneApp today={() => ({ y: 2024, m: 3, d: 20 })} initialLang="en" holidays={holidayReport} />);
    for (const name of ['Check', 'How the book is read', 'Reports', 'Consolidate units', 'Settings']) {
      fireEvent.click(screen.getByRole('tab', { name }));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Settings – days off' }));
    expect(screen.getByText(/Verdicts, findings, legal citations and the reports stay in Vietnamese/)).toBeTruthy();
    const found = ownText().split(/(?<=[.:;])\s*/).filter((sentence) => VIETNAMESE.test(sentence));
    expect(found).toEqual([]);
  });
});
