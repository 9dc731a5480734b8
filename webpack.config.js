/**
 * Bundles the task pane and the ribbon's function file into dist/ (`npm run build:web`) and serves
 * them on https://localhost:3000 (`npm run dev-server`), the origin manifest.xml names.
 * `DCCS_ORIGIN=https://host/path npm run build` builds for production hosting: dist/manifest.xml
 * then names that origin everywhere (scripts/manifest.js, docs/deploy.md).
 * dist/node/ belongs to the CLI build (tsconfig.cli.json) and survives a web build.
 */
const path = require('node:path');
const fs = require('node:fs');
const { manifestFor, originFrom } = require('./scripts/manifest');

/**
 * The pages, assets and manifest. Plugins validate their options with schema-utils when constructed,
 * which is where one known broken install shows up: explain it plainly.
 */
function plugins(origin) {
  try {
    const HtmlWebpackPlugin = require('html-webpack-plugin');
    const CopyWebpackPlugin = require('copy-webpack-plugin');
    return [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // ES5 and unbundled on purpose: it must run where the bundle cannot even parse (IE11).
          { from: 'src/taskpane/legacy.js', to: 'legacy.js' },
          // ES5 too: runs in <head>, before legacy.js, and loads Office.js only where Office opened the page.
          { from: 'src/taskpane/office-loader.js', to: 'office-loader.js' },
          // The development origin unless DCCS_ORIGIN names the one dist/ is hosted at.
          { from: 'manifest.xml', to: 'manifest.xml', transform: (xml) => (origin ? manifestFor(String(xml), origin) : xml) },
        ],
      }),
    ];
  } catch (error) {
    if (!String(error.message).includes('ajv/dist/compile/codegen')) throw error;
    throw new Error('node_modules/ajv is ajv@6 (for eslint) but schema-utils\'s ajv-keywords@5 needs ajv@8: npm does not place '
      + 'peers under legacy-peer-deps=true. package.json lists ajv 8 for this: run `npm ci` (docs/install.md).', { cause: error });
  }
}

/**
 * The service worker's list of files (src/taskpane/offlineWorker.ts): every file of this build but
 * the worker itself, the manifest, source maps and licences, with a version that changes whenever
 * any of them does — so a release is a new sw.js, which is how the browser learns of it. Set as
 * `self.__DCCS_BUILD__` at the top of sw.js once every other asset exists.
 */
class PrecachePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('DccsPrecache', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'DccsPrecache', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        if (!assets['sw.js']) return;
        const files = Object.keys(assets)
          .filter((n) => n !== 'sw.js' && n !== 'manifest.xml' && !/\.(map|LICENSE\.txt)$/.test(n) && !n.startsWith('node/'))
          .sort();
        const hash = require('node:crypto').createHash('sha256');
        for (const name of files) hash.update(name).update(assets[name].buffer());
        const build = { version: hash.digest('hex').slice(0, 16), files };
        const source = `self.__DCCS_BUILD__ = ${JSON.stringify(build)};\n${assets['sw.js'].source()}`;
        compilation.updateAsset('sw.js', new sources.RawSource(source));
      });
    });
  }
}

const PORT = 3000;

/**
 * The ECMAScript version of every dist/*.js: our code is compiled to it, and the dependencies
 * (Fluent's class static blocks, BigInt, lookbehind) already need it. webpack's own runtime
 * follows package.json's browserslist, which it reads by itself.
 */
const ECMA_VERSION = 2022;

/**
 * Office only loads add-ins over https. office-addin-dev-certs makes a CA and a localhost
 * certificate in ~/.office-addin-dev-certs and installs the CA with sudo; where that fails (Linux
 * without sudo or without a system trust store) we still serve https, with the generated
 * certificate if it exists, else a self-signed one from webpack-dev-server. The browser then warns
 * until the CA is trusted. We never fall back to http: Excel refuses it.
 */
async function httpsServer() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    const { localhostCertificatePath: cert, localhostKeyPath: key, caCertificatePath: ca } = require('office-addin-dev-certs/lib/defaults');
    const generated = fs.existsSync(cert) && fs.existsSync(key);
    console.warn([
      '',
      `[dev-server] Không cài được chứng chỉ phát triển vào kho tin cậy của máy này: ${error.message.trim()}`,
      `[dev-server] Could not install the development certificate into this machine's trust store (see above).`,
      generated
        ? `[dev-server] Vẫn phục vụ HTTPS bằng chứng chỉ đã tạo (chưa được tin cậy) / Still serving HTTPS with the generated, untrusted certificate: ${cert}`
        : '[dev-server] Vẫn phục vụ HTTPS bằng chứng chỉ tự ký / Still serving HTTPS with a self-signed certificate.',
      '[dev-server] Trình duyệt sẽ cảnh báo; Excel trên web cần chứng chỉ được tin cậy. / Browsers will warn; Excel needs a trusted certificate.',
      `[dev-server] Để tin cậy / To trust it: sudo npx office-addin-dev-certs install, or import ${ca} into your OS or browser trust store (docs/install.md).`,
      '',
    ].join('\n'));
    return generated
      ? { type: 'https', options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined } }
      : { type: 'https' };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  // Checked before bundling: a wrong origin fails the build with a message, not a broken manifest.
  const origin = !dev && process.env.DCCS_ORIGIN ? originFrom(process.env.DCCS_ORIGIN) : null;
  const name = dev ? '[name].js' : '[name].[contenthash:8].js';
  return {
    mode: dev ? 'development' : 'production',
    // Never an eval-based devtool: the pages' Content-Security-Policy has no 'unsafe-eval'.
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // At the root of dist/ under a fixed name: its scope is the page's folder, and the browser
      // compares it byte for byte to find a new release.
      sw: { import: './src/taskpane/offlineWorker.ts', filename: 'sw.js' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: name,
      chunkFilename: name,
      clean: { keep: /^node([\\/]|$)/ },
    },
    resolve: {
      // exceljs's package.json "browser" field points at its prebuilt browser bundle
      // (dist/exceljs.min.js), which carries its own shims for the Node built-ins it uses.
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      // Already bundled by browserify: parsing it again only costs time and warnings.
      noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: dev } },
                // What package.json's browserslist engines all parse (test/manifest/webviews.test.ts); older
                // webviews (IE 11, EdgeHTML 18, Safari < 16.4) get legacy.js's message instead.
                target: `es${ECMA_VERSION}`,
              },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Loaded with import() when a file is opened or written: never in the up-front chunk.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true },
        },
      },
    },
    performance: {
      hints: dev ? false : 'warning',
      // Budget for what the pane downloads before it can render; lazy chunks are excluded.
      maxEntrypointSize: 1_000_000,
      maxAssetSize: 1_000_000,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('exceljs'),
    },
    plugins: [...plugins(origin), new PrecachePlugin()],
    devServer: env.WEBPACK_SERVE
      ? {
        port: PORT,
        server: await httpsServer(),
        headers: { 'Access-Control-Allow-Origin': '*' },
        static: false,
        client: { overlay: { warnings: false, errors: true } },
      }
      : undefined,
  };
};
module.exports.ECMA_VERSION = ECMA_VERSION;
