/**
 * The add-in manifest for an origin. manifest.xml names the development server
 * (https://localhost:3000), which `npm start` sideloads; a production build
 * (`DCCS_ORIGIN=https://host/path npm run build`) writes dist/manifest.xml with every URL on the
 * origin the office hosts dist/ at (docs/deploy.md).
 */
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * The origin as the manifest writes it: https only (Office loads no add-in over http), no query,
 * no fragment, no trailing slash. Throws a message saying what is wrong with it.
 * @example originFrom('https://intranet.xa.gov.vn/dccs/') // → 'https://intranet.xa.gov.vn/dccs'
 */
function originFrom(value) {
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`DCCS_ORIGIN="${value}" không phải địa chỉ hợp lệ / is not a URL (ví dụ / e.g. https://may-chu.xa.gov.vn/dccs).`);
  }
  if (url.protocol !== 'https:') throw new Error(`DCCS_ORIGIN="${value}" phải dùng https / must use https: Office không nạp add-in qua http.`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`DCCS_ORIGIN="${value}" không được có ?, # hay tên đăng nhập / must have no query, fragment or credentials.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * manifest.xml with every development URL on `origin`, and the AppDomain it serves from.
 * @example manifestFor(xml, 'https://dccs.example.vn').includes('localhost') // → false
 */
function manifestFor(xml, origin) {
  const base = originFrom(origin);
  const out = xml.split(DEV_ORIGIN).join(base);
  // The AppDomain is an origin (scheme and host), never a path.
  const domain = new URL(base).origin;
  return out.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${domain}</AppDomain>`);
}

module.exports = { DEV_ORIGIN, originFrom, manifestFor };
