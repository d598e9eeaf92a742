/* Webpack config for the ThiDua Office add-in (conventional Office add-in shape).
 * npm run build       -> dist/ (production); ADDIN_BASE_URL=https://… rewrites the manifest's URLs to where dist/ is hosted
 * npm run dev-server  -> https://localhost:3000 (development, in memory)
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const devCerts = require("office-addin-dev-certs");
const { DEV_BASE_URL, NO_BASE_URL_NOTICE, parseBaseUrl, requestedBaseUrl, rewriteManifestUrls } = require("./scripts/lib/manifest-urls.cjs");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Trusted Office dev certificates, or undefined to let webpack-dev-server use its own self-signed one. */
async function getHttpsOptions() {
  if (process.env.THIDUA_SELF_SIGNED_HTTPS === "1") {
    console.warn("[thidua] Using webpack-dev-server's self-signed certificate (Office dev certificates unavailable).");
    return undefined;
  }
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    console.warn(
      "[thidua] Could not install the Office dev certificates for https://localhost " +
        `(${String(error && error.message ? error.message : error).split("\n")[0]}).\n` +
        "[thidua] Falling back to webpack-dev-server's self-signed certificate: browsers and Office will not trust it\n" +
        "[thidua] until you accept it once at https://localhost:3000 or run: npx office-addin-dev-certs install",
    );
    return undefined;
  }
}

/** The public address dist/ will be served from: the requested ADDIN_BASE_URL, else the dev server's. */
function publicBaseUrl(env, dev) {
  const requested = requestedBaseUrl(env);
  if (requested === undefined) {
    if (!dev && !env.WEBPACK_SERVE) console.warn(NO_BASE_URL_NOTICE);
    return DEV_BASE_URL;
  }
  const parsed = parseBaseUrl(requested);
  if (!parsed.ok) throw new Error(`[thidua] ADDIN_BASE_URL: ${parsed.reason}`);
  return parsed.url;
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const httpsOptions = env.WEBPACK_SERVE ? await getHttpsOptions() : undefined;
  const baseUrl = publicBaseUrl(env, dev);

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The browser preview host (pane + simulated workbook); never part of the taskpane entry.
      preview: "./src/preview/main.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx"],
      alias: {
        // csv-parse's Node build uses Node's Buffer as soon as it loads (there is none in a browser), which broke every
        // reader that can read a CSV (Lịch sử import, Tổng hợp khối) with "Buffer is not defined". Its browser build
        // carries its own Buffer. The CLI (plain Node) keeps the Node build.
        "csv-parse/sync$": "csv-parse/browser/esm/sync",
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (baseUrl === DEV_BASE_URL ? content : rewriteManifestUrls(content.toString("utf8"), baseUrl)),
          },
        ],
      }),
    ],
    performance: {
      // Fluent UI + React make a ~1 MB task pane bundle; that is expected for an add-in served locally.
      hints: false,
    },
    devServer: {
      hot: true,
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions ? { type: "https", options: httpsOptions } : { type: "https" },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
