/**
 * Builds the Excel add-in into dist/: functions.js (the custom functions), functions.json (generated from the JSDoc
 * of addin/functions/functions.ts by custom-functions-metadata-plugin), functions-nl.json (Dutch names from the
 * registry), taskpane.html + taskpane.js (the page of the shared runtime, which also loads functions.js; taskpane.js
 * reuses the modules functions.js has, and fetches taskpane-werk.js, the check and the reports, on first use), help.html,
 * assets/ and manifest.xml; and demo.html + demo.js (its .xlsx code included): the same functions.js and
 * taskpane.js beside a workbook grid, with an Office host of its own (addin/demo), for a browser without Excel.
 * The demo's code stays out of functions.js and taskpane.js.
 *
 * The base URL of every URL in the manifest and the metadata comes from build configuration:
 *   webpack --env baseUrl=https://cofin.example.nl/addin/   or   COFIN_BASE_URL=https://…/ webpack
 * (default: https://localhost:3000/, the development server). Certificates are only touched by `webpack serve`.
 *
 * The registry-derived assets come from addin/tools, compiled to build/addin/tools by `npm run build:tools`.
 */
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_BASE_URL = 'https://localhost:3000/';
const FUNCTIONS_SOURCE = './addin/functions/functions.ts';

function loadTools() {
  const file = path.join(__dirname, 'build', 'addin', 'tools', 'addin-assets.js');
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run "npm run build:tools" first (npm run build does).`);
  return require(file);
}

/** Emits functions-nl.json, help.html and manifest.xml, and rebases the help URLs in functions.json. */
class CofinAddinPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { baseUrl, version } = this.options;
    const tools = loadTools();
    const manifestPath = path.join(__dirname, 'manifest.xml');
    compiler.hooks.thisCompilation.tap('CofinAddinPlugin', (compilation) => {
      compilation.fileDependencies.add(manifestPath);
      compilation.hooks.processAssets.tap(
        { name: 'CofinAddinPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset('functions.json');
          if (asset === undefined) {
            compilation.errors.push(
              new webpack.WebpackError('functions.json was not generated (see the errors above)'),
            );
            return;
          }
          try {
            const meta = tools.rebaseHelpUrls(JSON.parse(asset.source.source().toString()), baseUrl);
            const json = (value) => new webpack.sources.RawSource(`${JSON.stringify(value, null, 2)}\n`);
            compilation.updateAsset('functions.json', json(meta));
            compilation.emitAsset('functions-nl.json', json(tools.localizeMetadata(meta)));
            compilation.emitAsset('help.html', new webpack.sources.RawSource(tools.helpPage()));
            const template = fs.readFileSync(manifestPath, 'utf8');
            compilation.emitAsset(
              'manifest.xml',
              new webpack.sources.RawSource(tools.buildManifest(template, baseUrl, version)),
            );
          } catch (e) {
            compilation.errors.push(
              new webpack.WebpackError(`CofinAddinPlugin: ${e instanceof Error ? e.message : String(e)}`),
            );
          }
        },
      );
    });
  }
}

/** https options for `webpack serve`: office-addin-dev-certs, or untrusted local certificates where it cannot install. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const defaults = require('office-addin-dev-certs/lib/defaults');
    if (!fs.existsSync(defaults.localhostCertificatePath)) {
      await require('office-addin-dev-certs/lib/generate').generateCertificates();
    }
    console.warn(
      `\ncofin: het ontwikkelcertificaat kon niet als vertrouwd worden geïnstalleerd (${e instanceof Error ? e.message.split('\n')[0] : e}).\n` +
        `       De server draait met ${defaults.localhostCertificatePath}; vertrouw ${defaults.caCertificatePath} zelf in browser of systeem.\n`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const baseUrl = env.baseUrl || process.env.COFIN_BASE_URL || DEV_BASE_URL;
  const version = env.version || process.env.COFIN_VERSION || undefined;
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(new URL(baseUrl).port || 443);

  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    devtool: production ? false : 'source-map',
    entry: {
      // functions.js stands alone (Excel may load it by itself) and carries webpack's runtime; the pane reuses
      // every module functions.js already has (core's regelingen, the function registry, decimal.js) from it.
      functions: FUNCTIONS_SOURCE,
      taskpane: { import: './addin/taskpane/index.tsx', dependOn: 'functions' },
      // The demo page holds a second webpack runtime beside functions.js's. Two runtimes with chunk loading would both
      // install every chunk pushed to the one loading global, each other's modules (compiled for the other runtime)
      // among them; so the demo's own code, its .xlsx half included, is one file without chunk loading.
      demo: { import: './addin/demo/index.ts', asyncChunks: false },
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].js',
      // Chunks load relative to the page (taskpane.html, demo.html, beside them in dist/), so from the add-in's own
      // origin whatever the base URL; and functions.js needs no document to find its own URL when loaded alone.
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The demo reuses cli/xlsx's exceljs mapping; the file and zip halves of those modules (node:fs, node:zlib)
      // are never called in the page and resolve to nothing there.
      fallback: { fs: false, 'fs/promises': false, zlib: false },
    },
    module: {
      rules: [
        // core is pure by design (no module-level effects beyond its own tables), so modules whose exports the
        // functions do not use (the begroting schema and zod with it) can be left out of the bundle.
        { test: /[\\/]core[\\/].*\.ts$/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(__dirname, 'addin', 'tsconfig.json'),
              // Types are checked by `npm run typecheck`; ES modules let webpack drop what the functions don't use.
              transpileOnly: true,
              compilerOptions: { module: 'es2020', target: 'es2017' },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // webpack's own vendor group, with a name that says which on-demand chunk loads it (taskpane-werk-vendors.js:
          // zod, for the check).
          defaultVendors: {
            test: /[\\/]node_modules[\\/]/,
            priority: -10,
            reuseExistingChunk: true,
            name: (_module, chunks) => `${chunks.map((c) => c.name ?? String(c.id)).join('~')}-vendors`,
          },
        },
      },
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      // cli/xlsx/preflight.ts builds a Buffer constant when it loads; in the demo's .xlsx chunk that is the buffer
      // package (no module of functions.js or taskpane.js names Buffer).
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_SOURCE }),
      new CofinAddinPlugin({ baseUrl, version }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './addin/taskpane/taskpane.html',
        // The shared runtime is this one page: it also loads the custom functions.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'blocking',
        inject: 'body',
      }),
      new HtmlWebpackPlugin({
        filename: 'demo.html',
        template: './addin/demo/demo.html',
        // The demo's host first, then the add-in's own two bundles, unchanged.
        chunks: ['demo', 'functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'blocking',
        inject: 'body',
      }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
    ],
    devServer: {
      static: false,
      port,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: serving ? await httpsOptions() : {} },
      client: { overlay: { warnings: false } },
    },
  };
};
