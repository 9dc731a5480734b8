/*
 * Loads Office.js only where Office opened the page, and there exactly as Microsoft asks: from its
 * CDN, in <head>, before the page's own script (document.write of a <script> from a parser-blocking
 * script is a parser-blocking script too). In a plain browser tab — the standalone page — Office.js
 * would only report "no host", so it is not fetched at all: the page never waits on Microsoft's CDN
 * (slow, blocked or offline), and it makes no request off this origin.
 * "Opened by Office" is read from the signs office.js itself reads its host from
 * (OSF._OfficeAppFactory's _retrieveHostInfo): `_host_Info` in the address, `hostInfo` in window.name,
 * `hostInfoValue` in sessionStorage, window.external.GetHostInfo or agaveHost (older Office); and from
 * the webviews Office runs a pane in: a frame (Excel on the web), WebView2's chrome.webview (Windows),
 * WKWebView's webkit.messageHandlers (Mac, iPad). Any one of them: Office.js is loaded.
 * ES5, like legacy.js, so an old engine gets as far as legacy.js's message.
 */
(function () {
  var OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
  var win = window;
  var sign = function (test) {
    try {
      return !!test();
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (e) {
      return false;
    }
  };
  var byOffice =
    /[?&]_host_Info=/i.test(win.location.search) ||
    sign(function () { return win.parent !== win; }) ||
    sign(function () { return JSON.parse(win.name).hostInfo; }) ||
    sign(function () { return win.sessionStorage.getItem('hostInfoValue'); }) ||
    sign(function () { return typeof win.external.GetHostInfo === 'function'; }) ||
    sign(function () { return typeof win.agaveHost !== 'undefined'; }) ||
    sign(function () { return win.chrome.webview; }) ||
    sign(function () { return win.webkit.messageHandlers; });
  // Said on the page for whoever looks (and the browser tests): 'cdn' or 'none'.
  document.documentElement.setAttribute('data-office', byOffice ? 'cdn' : 'none');
  // The script's own closing tag is split so this file's parser does not end at it.
  if (byOffice) document.write('<script src="' + OFFICE_JS + '"></scr' + 'ipt>');
})();
