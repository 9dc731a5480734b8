/*
 * Runs before the pane's bundle, in ES5 on purpose: the bundle is ES2022 (package.json
 * "browserslist": Chromium/WebView2 98, Firefox 115, Safari 16.4), and an older engine cannot even
 * parse it and would leave a blank pane — Internet Explorer 11 (Office 2016/2019 volume-licensed
 * builds), EdgeHTML 18 (older Office on Windows 10), Safari before 16.4 (older macOS). Here we
 * recognise such an engine and say, in Vietnamese, what to do instead: open the same page in a
 * modern browser, where it works on an .xlsx file without Excel.
 * Feature tests only, no eval (the page's CSP forbids it): `structuredClone` arrived with Chromium
 * 98, Firefox 94 and Safari 15.4; a lookbehind RegExp, built from a string, parses from Safari 16.4
 * (Chromium 62, Firefox 78). Together they mark the engines the browserslist declares.
 * No innerHTML: the text is set with textContent. The bundle sees data-legacy and stays out.
 */
(function () {
  var doc = document;
  var win = window;
  var lookbehind = true;
  try {
    new RegExp('(?<=a)b');
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (e) {
    lookbehind = false;
  }
  var old = !!doc.documentMode || typeof win.Promise === 'undefined' || typeof win.Symbol === 'undefined' ||
    typeof win.fetch === 'undefined' || typeof Object.assign === 'undefined' || typeof win.URLSearchParams === 'undefined' ||
    typeof win.structuredClone !== 'function' || !lookbehind;
  if (!old) return;
  doc.documentElement.setAttribute('data-legacy', '1');
  var box = doc.getElementById('container');
  if (!box) return;
  var page = win.location.protocol + '//' + win.location.host + win.location.pathname;
  while (box.firstChild) box.removeChild(box.firstChild);
  box.setAttribute('role', 'alert');
  box.style.font = '14px Segoe UI, Arial, sans-serif';
  box.style.padding = '16px';
  box.style.lineHeight = '1.5';
  var add = function (tag, text) {
    var el = doc.createElement(tag);
    el.appendChild(doc.createTextNode(text));
    box.appendChild(el);
    return el;
  };
  add('h1', 'Excel này quá cũ để chạy DCCS').style.fontSize = '18px';
  add('p', 'Phiên bản Excel này chạy phần bổ trợ bằng một trình duyệt cũ (Internet Explorer, Edge đời cũ hoặc Safari cũ), DCCS không chạy được trong đó. ' +
    'Bạn vẫn dùng được đầy đủ các chức năng: mở trang dưới đây bằng Chrome, Edge hoặc Cốc Cốc, bấm «Mở tệp Excel» và chọn sổ theo dõi. ' +
    'Tệp được xử lý ngay trên máy, không gửi đi đâu; xong thì bấm «Tải về».');
  var link = doc.createElement('a');
  link.href = page;
  link.appendChild(doc.createTextNode(page));
  var p = doc.createElement('p');
  p.appendChild(link);
  box.appendChild(p);
  add('p', 'This Excel runs add-ins in an old browser engine (Internet Explorer, EdgeHTML or an old Safari), which DCCS cannot use. Open the page above in Chrome or Edge and choose «Mở tệp Excel» (Open Excel file).');
})();
